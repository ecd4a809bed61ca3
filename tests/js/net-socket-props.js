// net.Socket properties: bytesRead/bytesWritten, address(), readyState, allowHalfOpen
const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  let got = '';
  sock.on('data', (d) => got += d);
  sock.on('end', () => {
    console.log('server got', got, 'readyState', sock.readyState);
    sock.end(got.toUpperCase());
  });
});
server.listen(0, '127.0.0.1', () => {
  const addr = server.address();
  console.log('server address', addr.address, addr.family, typeof addr.port);
  const c = net.createConnection({ port: addr.port, host: '127.0.0.1' }, () => {
    console.log('readyState', c.readyState, 'connecting', c.connecting);
    console.log('remote', c.remoteAddress, c.remoteFamily, c.remotePort === addr.port);
    console.log('local', c.localAddress, typeof c.localPort);
    c.write('hello ');
    c.end('world');
    console.log('readyState after end', c.readyState);
  });
  console.log('connecting', c.connecting, 'readyState', c.readyState);
  let r = '';
  c.on('data', (d) => r += d);
  c.on('close', () => {
    console.log('client got', r, 'bytesRead', c.bytesRead, 'bytesWritten', c.bytesWritten);
    console.log('destroyed', c.destroyed, 'readyState', c.readyState);
    server.close();
  });
});
