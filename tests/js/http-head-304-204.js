// HEAD, 204 and 304 responses carry no body; content-length kept for HEAD
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/204') { res.statusCode = 204; res.end(); return; }
  if (req.url === '/304') { res.writeHead(304, { ETag: '"abc"' }); res.end(); return; }
  res.setHeader('Content-Length', 5);
  res.end(req.method === 'HEAD' ? undefined : 'hello');
});
function req(method, path) {
  return new Promise((resolve) => {
    const r = http.request({ host: '127.0.0.1', port: server.address().port, method, path }, (res) => {
      let n = 0;
      res.on('data', (c) => n += c.length);
      res.on('end', () => {
        console.log(method, path, res.statusCode, res.statusMessage, 'cl=' + res.headers['content-length'],
          'te=' + res.headers['transfer-encoding'], 'etag=' + res.headers.etag, 'bytes=' + n);
        resolve();
      });
    });
    r.end();
  });
}
server.listen(0, '127.0.0.1', async () => {
  await req('HEAD', '/');
  await req('GET', '/');
  await req('GET', '/204');
  await req('GET', '/304');
  await req('DELETE', '/');
  server.close();
});
