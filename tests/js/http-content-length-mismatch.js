// Content-Length vs body: strictContentLength, a body shorter than declared, HEAD with body
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/strict') {
    res.strictContentLength = true;
    res.setHeader('Content-Length', 3);
    try { res.write('toolong'); } catch (e) { console.log('write threw', e.code, e.message); }
    res.on('error', (e) => console.log('res error', e.code));
    try { res.end(); } catch (e) { console.log('end threw', e.code, e.message); res.destroy(); }
    return;
  }
  if (req.url === '/short') {
    res.setHeader('Content-Length', 10);
    res.end('abc');
    return;
  }
  res.end('x');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const r = http.get({ host: '127.0.0.1', port, path: '/strict' }, (res) => {
    console.log('strict status', res.statusCode);
    res.resume();
    res.on('end', next);
  });
  r.on('error', (e) => { console.log('strict client error', e.code); next(); });
  let done = false;
  function next() {
    if (done) return; done = true;
    const r2 = http.get({ host: '127.0.0.1', port, path: '/short' }, (res) => {
      let n = 0;
      res.on('data', (d) => n += d.length);
      res.on('aborted', () => console.log('short aborted'));
      res.on('error', (e) => console.log('short res error', e.code, e.message));
      res.on('close', () => { console.log('short close, bytes', n, 'complete', res.complete); server.closeAllConnections(); server.close(); });
    });
    r2.on('error', (e) => console.log('short req error', e.code));
  }
});
