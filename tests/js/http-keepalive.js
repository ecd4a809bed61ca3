// Keep-alive: an Agent with keepAlive and maxSockets 1 sends three requests over one
// connection (reusedSocket), the default agent (keepAlive in Node 20) reuses too, and
// an agent without keepAlive opens a connection per request.
const http = require('http');
const sockets = new Set();
let connections = 0;
const server = http.createServer((req, res) => {
  sockets.add(req.socket);
  res.end(req.url + ' ' + req.headers.connection);
});
server.on('connection', () => connections++);
function get(agent, path) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path, agent }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(`${b} reused=${req.reusedSocket} ${res.headers['keep-alive'] || '-'}`));
    });
    req.on('error', reject);
  });
}
server.listen(0, '127.0.0.1', async () => {
  const ka = new http.Agent({ keepAlive: true, maxSockets: 1 });
  for (const p of ['/a', '/b', '/c']) console.log(await get(ka, p));
  console.log('connections', connections, 'sockets', sockets.size);
  console.log('free sockets', Object.values(ka.freeSockets).map((l) => l.length));
  ka.destroy();
  for (const p of ['/d', '/e']) console.log(await get(undefined, p));
  console.log('connections', connections);
  const close = new http.Agent({ keepAlive: false });
  for (const p of ['/f', '/g']) console.log(await get(close, p));
  console.log('connections', connections);
  server.close(() => console.log('closed'));
});
