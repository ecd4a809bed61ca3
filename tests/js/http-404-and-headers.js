// status codes, statusMessage, setHeader arrays, getHeaders, removeHeader, hasHeader
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.setHeader('X-Num', 42);
  res.setHeader('X-Remove', 'gone');
  console.log('hasHeader', res.hasHeader('x-num'), res.hasHeader('X-Nope'));
  res.removeHeader('x-remove');
  console.log('getHeaderNames', res.getHeaderNames());
  console.log('getHeaders', JSON.stringify(res.getHeaders()));
  console.log('headersSent before', res.headersSent);
  if (req.url === '/missing') {
    res.statusCode = 404;
    res.statusMessage = 'Nope Not Here';
  }
  res.end('x');
  console.log('headersSent after', res.headersSent);
});
server.listen(0, '127.0.0.1', () => {
  http.get(`http://127.0.0.1:${server.address().port}/missing`, (res) => {
    console.log(res.statusCode, res.statusMessage);
    console.log('set-cookie', res.headers['set-cookie']);
    console.log('x-num', res.headers['x-num'], typeof res.headers['x-num']);
    console.log('x-remove', res.headers['x-remove']);
    res.resume();
    res.on('end', () => server.close());
  });
});
