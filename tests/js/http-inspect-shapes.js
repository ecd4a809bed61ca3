// shapes of common objects as a developer would log them
const http = require('http');
const server = http.createServer((req, res) => {
  req.headers.host = req.headers.host.replace(/:\d+$/, ':PORT');
  console.log('req.headers', req.headers);
  console.log('proto of headers', Object.getPrototypeOf(req.headers) === Object.prototype);
  const hd = req.headersDistinct;
  hd.host = ['PORT'];
  console.log('headersDistinct', hd, hd === req.headersDistinct);
  console.log('trailersDistinct', req.trailersDistinct);
  console.log('getHeaders', res.getHeaders(), Object.getPrototypeOf(res.getHeaders()));
  console.log('trailers before end', req.trailers);
  console.log('address', req.socket.address().family, typeof req.socket.remotePort);
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  console.log('server.address keys', Object.keys(server.address()));
  const req = http.get({ host: '127.0.0.1', port: server.address().port, headers: { 'X-B': 'b', 'x-a': ['1', '2'], Cookie: 'a=1' } }, (res) => {
    console.log('res.headers keys', Object.keys(res.headers));
    console.log(res.statusCode, res.statusMessage, res.httpVersionMajor, res.httpVersionMinor, res.complete);
    res.resume();
    res.on('end', () => { console.log('complete', res.complete); server.close(); });
  });
  const gh = req.getHeaders();
  gh.host = 'PORT';
  console.log('req.getHeaders', gh);
});
