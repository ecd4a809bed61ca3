// a tiny JSON API with routing, status codes and an async client helper
const http = require('http');
const users = new Map([[1, { id: 1, name: 'Ada' }]]);
let nextId = 2;
const server = http.createServer(async (req, res) => {
  const send = (code, obj) => {
    const body = JSON.stringify(obj);
    res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  };
  const url = new URL(req.url, 'http://x');
  const m = url.pathname.match(/^\/users\/(\d+)$/);
  if (req.method === 'GET' && url.pathname === '/users') return send(200, [...users.values()]);
  if (req.method === 'GET' && m) return users.has(+m[1]) ? send(200, users.get(+m[1])) : send(404, { error: 'not found' });
  if (req.method === 'POST' && url.pathname === '/users') {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    try {
      const u = { id: nextId++, ...JSON.parse(raw) };
      users.set(u.id, u);
      return send(201, u);
    } catch (e) {
      return send(400, { error: e.name });
    }
  }
  if (req.method === 'DELETE' && m) { users.delete(+m[1]); res.writeHead(204).end(); return; }
  send(405, { error: 'method not allowed' });
});
function call(method, p, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, method, path: p,
      headers: body ? { 'Content-Type': 'application/json' } : {} }, (res) => {
      let s = '';
      res.setEncoding('utf8');
      res.on('data', (d) => s += d);
      res.on('end', () => resolve(`${method} ${p} -> ${res.statusCode} ${s}`));
    });
    req.on('error', reject);
    req.end(body);
  });
}
server.listen(0, '127.0.0.1', async () => {
  console.log(await call('GET', '/users'));
  console.log(await call('POST', '/users', JSON.stringify({ name: 'Grace' })));
  console.log(await call('POST', '/users', '{bad json'));
  console.log(await call('GET', '/users/2'));
  console.log(await call('GET', '/users/9'));
  console.log(await call('DELETE', '/users/1'));
  console.log(await call('PUT', '/users'));
  console.log(await call('GET', '/users'));
  server.close();
});
