// the 'upgrade' event on server and client (a WebSocket-like handshake, then raw bytes)
const http = require('http');
const server = http.createServer((req, res) => res.end('plain'));
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.headers.upgrade, req.headers.connection, head.length);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', (d) => socket.write('echo:' + d));
  socket.on('end', () => socket.end());
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port,
    headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, res.headers.upgrade, head.length);
    socket.write('hello');
    socket.on('data', (d) => {
      console.log('client got', String(d));
      socket.end();
    });
    socket.on('close', () => server.close(() => console.log('closed')));
  });
  req.on('response', () => console.log('unexpected response'));
  req.end();
});
