// aborting requests: destroy before response, AbortController signal, res.destroy
const http = require('http');
let hits = 0;
const ac = new AbortController();
const server = http.createServer((req, res) => {
  hits++;
  if (req.url === '/slow') { ac.abort(); return; } // never respond; the client gives up
  res.write('partial');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const r1 = http.get({ port, host: '127.0.0.1', path: '/slow', signal: ac.signal });
  r1.on('error', (e) => {
    console.log('r1 error', e.name, e.code, e.message);
  });
  r1.on('close', () => {
    console.log('r1 close destroyed', r1.destroyed);
    const r2 = http.get({ port, host: '127.0.0.1', path: '/partial' }, (res) => {
      res.once('data', (d) => {
        console.log('r2 data', String(d));
        res.destroy();
      });
      res.on('aborted', () => console.log('r2 res aborted'));
      res.on('error', (e) => console.log('r2 res error', e.code, e.message));
      res.on('close', () => {
        console.log('r2 res close, complete', res.complete);
        server.closeAllConnections();
        server.close(() => console.log('server closed, hits', hits));
      });
    });
  });
});
