// The keep-alive timeout a server sets on a connection around each request, as the
// socket shows it: socket.timeout in the handler and after each response, the calls a
// wrapped socket.setTimeout sees (one connection wrapped, one not), a keepAliveTimeout
// changed between requests, the server's own timeout (server.setTimeout) put back for
// each request after the first, and the idle connection closed by keep-alive's.
const http = require('http');
const net = require('net');

let wrap = true;
const server = http.createServer((req, res) => {
  console.log('request', req.url, 'timeout', req.socket.timeout);
  res.on('finish', () => {
    console.log('finish', req.url, 'timeout', req.socket.timeout);
    setImmediate(() => console.log('after', req.url, 'timeout', req.socket.timeout));
  });
  res.end(req.url);
});
server.keepAliveTimeout = 300;
server.on('connection', (socket) => {
  socket.on('close', () => console.log('server socket closed'));
  if (!wrap) return;
  const orig = socket.setTimeout;
  socket.setTimeout = function (ms, cb) {
    console.log('setTimeout', ms, typeof cb);
    return orig.apply(this, arguments);
  };
});

function run(paths, done) {
  const c = net.connect(server.address().port, '127.0.0.1');
  let i = 0;
  let got = '';
  const send = () => c.write('GET ' + paths[i++] + ' HTTP/1.1\r\nHost: h\r\n\r\n');
  c.setEncoding('latin1');
  c.on('connect', send);
  c.on('data', (d) => {
    got += d;
    if (got.split('\r\n\r\n').length - 1 < i) return;
    if (i === 2) server.keepAliveTimeout = 200;
    if (i < paths.length) setTimeout(send, 20);
  });
  c.on('close', () => { console.log('client closed after', i); done(); });
}

server.listen(0, '127.0.0.1', () => {
  run(['/1', '/2', '/3'], () => {
    wrap = false;
    server.keepAliveTimeout = 300;
    run(['/4', '/5'], () => {
      server.setTimeout(4000);
      run(['/6', '/7'], () => server.close(() => console.log('done')));
    });
  });
});
