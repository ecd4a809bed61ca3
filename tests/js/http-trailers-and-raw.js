// trailers, rawHeaders casing/duplicates, rawTrailers, headersDistinct
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, [['X-Dup', 'one'], ['x-dup', 'two'], ['Trailer', 'X-Checksum']]);
  res.write('body');
  res.addTrailers({ 'X-Checksum': 'abc123' });
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port, headers: { 'X-Mixed-Case': 'v' } }, (res) => {
    console.log('x-dup', res.headers['x-dup']);
    console.log('raw', res.rawHeaders.filter((x, i) => i % 2 === 0 && x !== 'Date'));
    console.log('distinct', res.headersDistinct['x-dup']);
    res.resume();
    res.on('end', () => {
      console.log('trailers', res.trailers, res.rawTrailers);
      server.close();
    });
  });
});
