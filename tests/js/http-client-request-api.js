// ClientRequest header API, auth option, request/response fields
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server', req.method, req.url, req.httpVersion, req.headers.authorization, req.headers['x-list']);
  console.log('server rawHeaders names', req.rawHeaders.filter((_, i) => i % 2 === 0));
  console.log('server socket family', req.socket.remoteFamily, req.socket.localAddress);
  res.setHeader('X-Reply', ['a', 'b']);
  console.log('res.getHeader', res.getHeader('x-reply'), res.req === req);
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, path: '/api?x=1', auth: 'user:secret', method: 'OPTIONS' });
  req.setHeader('X-List', ['1', '2']);
  req.setHeader('Content-Type', 'text/plain');
  console.log('getHeader', req.getHeader('x-list'), req.getHeader('content-type'));
  console.log('getHeaderNames', req.getHeaderNames());
  console.log('getRawHeaderNames', req.getRawHeaderNames());
  console.log('hasHeader', req.hasHeader('X-LIST'));
  req.removeHeader('content-type');
  console.log('method/path/host/protocol', req.method, req.path, req.host, req.protocol);
  req.on('response', (res) => {
    console.log('response', res.statusCode, res.httpVersion, res.headers['x-reply'], res.req === req, typeof res.socket);
    res.resume();
    res.on('end', () => {
      try { req.setHeader('x-late', '1'); } catch (e) { console.log(e.code); }
      console.log('finished', req.finished, req.writableEnded, req.writableFinished);
      server.close();
    });
  });
  req.end();
});
