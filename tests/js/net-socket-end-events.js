// half-close bookkeeping: writableEnded/readableEnded, end event order across both sides
const net = require('net');
const log = [];
const server = net.createServer({ allowHalfOpen: true }, (s) => {
  s.on('end', () => {
    log.push(`server end readableEnded=${s.readableEnded} writable=${s.writable}`);
    s.end('bye', () => log.push('server end callback'));
  });
  s.on('close', () => {
    log.push('server close');
    server.close(() => {
      console.log(log.filter((l) => l.startsWith('server')).join('\n'));
      console.log(log.filter((l) => l.startsWith('client')).join('\n'));
    });
  });
  s.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true }, () => {
    c.end('hi', () => log.push(`client end callback writableEnded=${c.writableEnded} writableFinished=${c.writableFinished}`));
  });
  c.on('data', (d) => log.push('client data ' + d));
  c.on('end', () => {
    log.push(`client end readable=${c.readable}`);
  });
  c.on('close', (hadErr) => log.push('client close ' + hadErr));
});
