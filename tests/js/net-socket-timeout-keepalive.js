// socket.setTimeout, chaining of setKeepAlive/setNoDelay/setTimeout, connect timeout option, address()
const net = require('net');
const server = net.createServer((s) => {
  s.on('data', () => {});
});
server.listen({ port: 0, host: '127.0.0.1' }, () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', timeout: 60 });
  console.log('pending', c.pending, 'connecting', c.connecting);
  const ret = c.setKeepAlive(true, 1000).setNoDelay(true);
  console.log('chained', ret === c);
  c.on('connect', () => {
    const a = c.address();
    console.log('address', a.address, a.family, typeof a.port, 'pending', c.pending);
  });
  c.on('timeout', () => {
    console.log('timeout fired, timeout prop', c.timeout);
    c.setTimeout(0);
    c.end();
  });
  c.on('close', () => {
    server.close(() => console.log('closed'));
  });
});
