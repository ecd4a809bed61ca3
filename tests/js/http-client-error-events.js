// an error emitted on the request with no listener crashes; with one it is delivered once
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Length': '10' });
  res.write('abc');
  setTimeout(() => res.socket.destroy(), 10);
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    console.log('status', res.statusCode);
    res.on('data', (d) => console.log('data', String(d)));
    res.on('aborted', () => console.log('aborted', res.aborted));
    res.on('error', (e) => console.log('res error', e.code, e.message));
    res.on('end', () => console.log('end (unexpected)'));
    res.on('close', () => {
      console.log('res close complete', res.complete);
      server.close();
    });
  });
  req.on('error', (e) => console.log('req error', e.message));
  req.on('close', () => console.log('req close'));
});
