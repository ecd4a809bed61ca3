// http.request with a URL string, URL object plus options, and headers array form
const http = require('http');
const server = http.createServer((req, res) => {
  res.end(JSON.stringify({ m: req.method, u: req.url, h: req.headers.host.replace(/:\d+$/, ':PORT'), x: req.headers['x-a'], auth: req.headers.authorization }));
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const get = (...args) => new Promise((resolve, reject) => {
    const r = http.request(...args, (res) => {
      let s = ''; res.on('data', (c) => s += c); res.on('end', () => resolve(s));
    });
    r.on('error', reject);
    r.end();
  });
  console.log(await get(`http://127.0.0.1:${port}/p?q=1#frag`));
  console.log(await get(new URL(`http://user:pw@127.0.0.1:${port}/url-obj`)));
  console.log(await get(`http://127.0.0.1:${port}/base`, { method: 'PATCH', headers: { 'X-A': 'b' } }));
  console.log(await get({ hostname: '127.0.0.1', port, path: '/opts', headers: [['X-A', 'arr']] }).catch((e) => e.code));
  console.log(await get({ host: 'localhost', port, path: '/localhost', family: 4 }));
  server.close();
});
