// A response without Content-Length is sent chunked (the raw bytes a client gets), one
// with it is not; end(data) alone gives a Content-Length; HEAD and 204 carry no body.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  if (req.url === '/chunked') {
    res.write('first,');
    res.write(Buffer.from('second,'));
    setTimeout(() => { res.write('third'); res.end(); }, 10);
  } else if (req.url === '/length') {
    res.setHeader('Content-Length', 5);
    res.end('12345');
  } else if (req.url === '/end') {
    res.end('just end');
  } else if (req.url === '/nocontent') {
    res.writeHead(204, { 'X-A': '1' });
    res.end();
  } else {
    res.end('head body');
  }
});
function raw(path, method, next) {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.write(`${method} ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('end', () => {
    console.log(method, path, JSON.stringify(out.replace(/Date: [^\r]*/, 'Date: <date>')));
    next();
  });
}
server.listen(0, '127.0.0.1', () => {
  raw('/chunked', 'GET', () => raw('/length', 'GET', () => raw('/end', 'GET', () =>
    raw('/nocontent', 'GET', () => raw('/head', 'HEAD', () => server.close())))));
});
