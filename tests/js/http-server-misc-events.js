// server-side 'close' of req/res when the client goes away; listen twice; writeHead chaining
const http = require('http');
const server = http.createServer((req, res) => {
  const ev = [];
  req.on('close', () => ev.push('req close'));
  res.on('close', () => {
    ev.push('res close, writableEnded=' + res.writableEnded + ' writableFinished=' + res.writableFinished);
    console.log(ev.join('; '));
    server.close(() => console.log('server closed'));
  });
  res.writeHead(200, { 'X-A': '1' }).write('first');
});
server.listen(0, '127.0.0.1', () => {
  try { server.listen(0); } catch (e) { console.log(e.code, e.message); }
  const req = http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log('client got headers', res.headers['x-a']);
    res.once('data', () => req.destroy());
  });
  req.on('error', (e) => console.log('client error', e.code));
  req.on('close', () => console.log('client req close'));
});
