// Agent keepAlive reuses the socket for sequential requests
const http = require('http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
let conns = 0;
const server = http.createServer((req, res) => {
  res.end('r' + req.url);
});
server.on('connection', () => conns++);
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const sockets = [];
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => {
      const req = http.get({ port, host: '127.0.0.1', path: '/' + i, agent }, (res) => {
        console.log('connection header', res.headers.connection, 'reusedSocket', req.reusedSocket);
        let s = '';
        res.on('data', (c) => s += c);
        res.on('end', () => { console.log('body', s); resolve(); });
      });
      req.on('socket', (s) => sockets.push(s));
    });
  }
  console.log('server connections', conns);
  console.log('same socket', sockets[0] === sockets[1] && sockets[1] === sockets[2]);
  agent.destroy();
  server.close(() => console.log('closed'));
});
