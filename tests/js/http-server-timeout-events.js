// server.setTimeout emits 'timeout' with the socket; idle keep-alive socket closes
const http = require('http');
const server = http.createServer((req, res) => {
  // respond slowly: never, the server timeout fires
});
server.setTimeout(80, (socket) => {
  console.log('server timeout, socket is net.Socket', socket instanceof require('net').Socket);
  socket.destroy();
});
console.log('timeout prop', server.timeout, 'keepAliveTimeout', server.keepAliveTimeout,
  'headersTimeout', server.headersTimeout, 'requestTimeout', server.requestTimeout, 'maxHeadersCount', server.maxHeadersCount);
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1' });
  req.on('error', (e) => {
    console.log('client error', e.code, e.message);
    server.close(() => console.log('closed'));
  });
});
