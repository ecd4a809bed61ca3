const net = require('net');
const server = net.createServer((sock) => {
  console.log('remote', sock.remoteAddress, sock.remoteFamily, sock.localAddress, sock.localFamily);
  sock.end('v6 ok');
});
server.listen(0, '::1', () => {
  const a = server.address();
  console.log(a.address, a.family);
  const c = net.createConnection({ port: a.port, host: '::1' });
  c.on('connect', () => console.log('client', c.remoteAddress, c.remoteFamily, c.remotePort === a.port, c.address().family));
  c.on('data', (d) => console.log(String(d)));
  c.on('close', () => server.close());
});
