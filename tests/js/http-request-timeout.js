// req.setTimeout fires 'timeout', destroy with an error
const http = require('http');
const server = http.createServer((req, res) => {
  // never answer
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1' });
  req.setTimeout(50, () => {
    console.log('timeout callback');
    req.destroy(new Error('took too long'));
  });
  req.on('timeout', () => console.log('timeout event'));
  req.on('error', (e) => console.log('error', e.message, e.code));
  req.on('close', () => {
    console.log('close');
    server.closeAllConnections();
    server.close(() => console.log('server closed'));
  });
});
