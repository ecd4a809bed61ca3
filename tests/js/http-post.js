// Request bodies: chunked (write x3 then end) and with Content-Length, read by the server
// as a stream; the client's response body as a stream too.
const http = require('http');
const server = http.createServer((req, res) => {
  const parts = [];
  req.on('data', (d) => parts.push(d));
  req.on('end', () => {
    const body = Buffer.concat(parts).toString();
    console.log('server', req.method, req.headers['transfer-encoding'], req.headers['content-length'], JSON.stringify(body), req.complete);
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ len: body.length, upper: body.toUpperCase() }));
  });
});
function post(headers, chunks) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST', path: '/p', headers }, (res) => {
      let b = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { b += d; });
      res.on('end', () => { console.log('client', res.statusCode, res.headers['content-type'], b); resolve(); });
    });
    console.log('write returns', chunks.slice(0, -1).map((c) => req.write(c)));
    req.end(chunks[chunks.length - 1]);
  });
}
server.listen(0, '127.0.0.1', async () => {
  await post({}, ['alpha ', 'beta ', 'gamma']);
  await post({ 'Content-Length': 11 }, ['hello', ' world']);
  await post({}, ['']);
  server.close();
});
