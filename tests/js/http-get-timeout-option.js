// the timeout option of http.get and server requestTimeout-style aborts
const http = require('http');
const server = http.createServer((req, res) => {
  setTimeout(() => { if (!res.destroyed) res.end('late'); }, 300);
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port, timeout: 50 }, (res) => {
    console.log('unexpected response', res.statusCode);
  });
  const ev = [];
  req.on('timeout', () => { ev.push('timeout'); req.destroy(); });
  req.on('error', (e) => ev.push('error ' + e.code + ' ' + e.message));
  req.on('close', () => {
    ev.push('close');
    console.log(ev.join(' | '));
    server.closeAllConnections();
    server.close();
  });
});
