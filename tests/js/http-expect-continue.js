// Expect: 100-continue handshake
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => body += c);
  req.on('end', () => res.end('got ' + body));
});
server.on('checkContinue', (req, res) => {
  console.log('checkContinue', req.headers.expect);
  res.writeContinue();
  server.emit('request', req, res);
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST',
    headers: { Expect: '100-continue', 'Content-Length': 4 } });
  req.on('continue', () => { console.log('continue'); req.end('data'); });
  req.on('response', (res) => {
    let s = '';
    res.on('data', (c) => s += c);
    res.on('end', () => { console.log(res.statusCode, s); server.close(); });
  });
});
