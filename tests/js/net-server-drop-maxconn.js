// server.maxConnections: extra connections are dropped with a 'drop' event
const net = require('net');
const server = net.createServer((s) => { s.write('welcome'); });
server.maxConnections = 1;
server.on('drop', (data) => {
  console.log('drop', data.localAddress, data.localPort === server.address().port, data.remoteFamily, typeof data.remotePort);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = net.connect(port, '127.0.0.1');
  a.once('data', (d) => {
    console.log('a got', String(d));
    const b = net.connect(port, '127.0.0.1');
    b.on('data', (x) => console.log('b got (unexpected)', String(x)));
    b.on('end', () => console.log('b end'));
    b.on('error', (e) => console.log('b error', e.code));
    b.on('close', () => {
      console.log('b close');
      a.destroy();
      server.close(() => console.log('closed'));
    });
  });
});
