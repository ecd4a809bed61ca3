// Request body written in chunks without content-length => chunked
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('te', req.headers['transfer-encoding'], 'cl', req.headers['content-length']);
  let n = 0; let s = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { n++; s += c; });
  req.on('end', () => {
    console.log('got', JSON.stringify(s));
    res.write('part1;');
    res.write('part2;');
    res.end('end');
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'PUT' }, (res) => {
    console.log('response te', res.headers['transfer-encoding'], 'cl', res.headers['content-length']);
    let s = '';
    res.on('data', (c) => s += c);
    res.on('end', () => { console.log('response body', s); server.close(); });
  });
  req.write('a');
  req.write(Buffer.from('b'));
  req.end('c');
});
