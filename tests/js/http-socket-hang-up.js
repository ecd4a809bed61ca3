// Server destroys the socket without a response: client sees ECONNRESET "socket hang up"
const http = require('http');
const server = http.createServer((req, res) => {
  req.socket.destroy();
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1' }, () => console.log('no'));
  req.on('error', (e) => {
    console.log(e.message, e.code);
    server.close(() => console.log('closed'));
  });
});
