// an HTTP server on a Unix domain socket, requested with socketPath
const http = require('http');
const os = require('os');
const path = require('path');
const sock = path.join(os.tmpdir(), 'ls-http-unix-' + process.pid + '.sock');
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify({ url: req.url, host: req.headers.host, method: req.method }));
});
server.listen(sock, () => {
  console.log('listening on path', server.address() === sock);
  const req = http.request({ socketPath: sock, path: '/over-unix?x=1', method: 'POST' }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => body += d);
    res.on('end', () => {
      console.log(res.statusCode, res.headers['content-type'], body);
      server.close(() => console.log('closed'));
    });
  });
  req.end('payload');
});
