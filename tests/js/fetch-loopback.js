// fetch on loopback (internal/fetch.js over http): undici's request headers and their
// order, bodies, json/text, redirects, 404, body reuse, Headers, a refused connection,
// a bad URL, Response.
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => body += c);
  req.on('end', () => {
    console.log(req.method, req.url, JSON.stringify(req.headers).replace(/:\d+"/, ':PORT"'), JSON.stringify(body));
    if (req.url === '/redirect') { res.writeHead(302, { Location: '/json' }); return res.end(); }
    if (req.url === '/json') { res.setHeader('Content-Type', 'application/json'); res.setHeader('Set-Cookie', ['a=1', 'b=2']); return res.end(JSON.stringify({ hello: 'world', n: [1, 2] })); }
    if (req.url === '/missing') { res.statusCode = 404; return res.end('nope'); }
    res.end('plain text');
  });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const r1 = await fetch(base + '/');
  console.log(r1.status, r1.ok, r1.statusText, r1.headers.get('content-length'), r1.headers.get('Content-Type'), await r1.text(), r1.bodyUsed);
  const r2 = await fetch(base + '/json', { headers: { 'X-Test': 'yes' } });
  console.log(r2.headers.get('content-type'), await r2.json(), r2.url === base + '/json');
  console.log([...r2.headers.keys()]);
  const r3 = await fetch(base + '/post', { method: 'POST', body: JSON.stringify({ a: 1 }), headers: { 'Content-Type': 'application/json' } });
  console.log(r3.status, await r3.text());
  const r4 = await fetch(base + '/missing');
  console.log(r4.status, r4.ok, r4.statusText, await r4.text());
  const r5 = await fetch(base + '/redirect');
  console.log(r5.status, r5.redirected, r5.url === base + '/json', await r5.json());
  const r6 = await fetch(base + '/post', { method: 'PUT', body: 'plain body' });
  console.log(r6.status);
  try { await r6.text(); await r6.text(); } catch (e) { console.log(e.name, e.message); }
  const h = new Headers({ 'B': '2', a: '1' }); h.append('a', '3'); h.set('c', '4'); h.delete('b');
  console.log(h.get('A'), h.has('b'), [...h], typeof h.forEach);
  server.close();
  const other = http.createServer();
  await new Promise((r) => other.listen(0, '127.0.0.1', r));
  const closedPort = other.address().port;
  await new Promise((r) => other.close(r));
  try { await fetch(`http://127.0.0.1:${closedPort}/`); } catch (e) { console.log(e.name, e.message, e.cause && e.cause.code); }
  try { await fetch('not a url'); } catch (e) { console.log(e.name, e.message); }
  const resp = new Response('body text', { status: 201, headers: { 'x-a': 'b' } });
  console.log(resp.status, resp.ok, resp.headers.get('x-a'), await resp.text());
  console.log(Response.json ? (await Response.json({ k: 1 }).json()) : '');
});
