// A client request timing out on a server that never answers: 'timeout', then destroy()
// gives 'error' (socket hang up) and 'close'; the server's request sees its 'close'.
const http = require('http');
const server = http.createServer((req, res) => {
  req.on('close', () => {
    console.log('server: request closed');
    server.close(() => console.log('server closed'));
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port, path: '/slow' });
  req.setTimeout(50, () => {
    console.log('timeout');
    req.destroy();
  });
  req.on('response', () => console.log('unexpected response'));
  req.on('error', (e) => console.log('error', e.code, e.message));
  req.on('close', () => console.log('request close', req.destroyed));
});
