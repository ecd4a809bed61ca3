// getConnections and server.close waiting for connections
const net = require('net');
const sockets = [];
const server = net.createServer((s) => {
  sockets.push(s);
  server.getConnections((err, n) => {
    console.log('connections', err, n);
    if (n === 2) {
      server.close(() => console.log('server close callback'));
      console.log('listening after close()', server.listening);
      sockets.forEach((x) => x.end());
    }
  });
});
server.on('close', () => console.log('server close event'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c1 = net.connect(port, '127.0.0.1', () => {
    const c2 = net.connect(port, '127.0.0.1');
    c2.on('end', () => console.log('c2 end'));
    c2.resume();
  });
  c1.on('end', () => console.log('c1 end'));
  c1.resume();
});
