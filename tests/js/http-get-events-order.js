// Order of client and server events for a simple GET
const http = require('http');
const log = [];
const server = http.createServer((req, res) => {
  log.push('server request ' + req.method + ' ' + req.url);
  req.on('end', () => log.push('server req end'));
  res.on('finish', () => log.push('server res finish'));
  res.on('close', () => log.push('server res close'));
  req.resume();
  res.setHeader('Content-Type', 'text/plain');
  res.end('hello world');
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const req = http.get({ port, host: '127.0.0.1', path: '/a?b=1' }, (res) => {
    log.push('client response ' + res.statusCode + ' ' + res.statusMessage);
    log.push('content-length ' + res.headers['content-length']);
    log.push('content-type ' + res.headers['content-type']);
    res.setEncoding('utf8');
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      log.push('client res end ' + JSON.stringify(body));
    });
    res.on('close', () => {
      log.push('client res close');
      server.close(() => {
        log.push('server closed');
        console.log(log.join('\n'));
      });
    });
  });
  req.on('socket', () => log.push('client socket'));
  req.on('finish', () => log.push('client req finish'));
  req.on('close', () => log.push('client req close'));
});
