// validation errors thrown by the http API
const http = require('http');
function tryIt(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const server = http.createServer((req, res) => {
  tryIt('bad header name', () => res.setHeader('Bad Name', 'x'));
  tryIt('bad header value', () => res.setHeader('X-Ok', 'a\nb'));
  tryIt('undefined value', () => res.setHeader('X-U', undefined));
  tryIt('bad status', () => res.writeHead(99));
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  tryIt('after sent', () => res.setHeader('X-Late', '1'));
  tryIt('writeHead twice', () => res.writeHead(201));
  res.end('ok');
  res.write('more', (err) => console.log('write after end cb', err && err.code));
});
server.listen(0, '127.0.0.1', () => {
  tryIt('bad method', () => http.request({ method: 'GE T', port: 1 }));
  tryIt('bad protocol', () => http.request('https://127.0.0.1/'));
  tryIt('bad path', () => http.request({ path: '/a b', port: 1 }));
  tryIt('bad host type', () => http.request({ host: 42, port: 1 }));
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    res.resume();
    res.on('end', () => { console.log('done', res.statusCode); server.close(); });
  });
});
