// POST JSON with http.request, echo server computing a reply
const http = require('http');
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString());
    const out = JSON.stringify({ sum: body.nums.reduce((a, b) => a + b, 0), method: req.method,
      ct: req.headers['content-type'], len: req.headers['content-length'], te: req.headers['transfer-encoding'] });
    res.writeHead(201, { 'Content-Type': 'application/json', 'X-Custom': 'yes' });
    res.end(out);
  });
});
server.listen(0, '127.0.0.1', () => {
  const data = JSON.stringify({ nums: [1, 2, 3, 4] });
  const req = http.request({
    port: server.address().port, host: '127.0.0.1', method: 'POST', path: '/sum',
    headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) },
  }, (res) => {
    console.log('status', res.statusCode, res.statusMessage);
    console.log('x-custom', res.headers['x-custom']);
    console.log('rawHeaders names', res.rawHeaders.filter((_, i) => i % 2 === 0).join(','));
    let s = '';
    res.setEncoding('utf8');
    res.on('data', (c) => s += c);
    res.on('end', () => {
      console.log('body', s);
      server.close();
    });
  });
  req.write(data);
  req.end();
});
