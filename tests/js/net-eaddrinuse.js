const net = require('net');
const a = net.createServer();
a.listen(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = net.createServer();
  b.on('error', (err) => {
    console.log(err instanceof Error, err.message === `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    console.log(Object.keys(err), err.code, err.errno, err.syscall, err.address, err.port === port);
    console.log('b listening', b.listening, b.address());
    a.close(() => console.log('a closed'));
  });
  b.on('listening', () => console.log('unexpected listening'));
  b.listen(port, '127.0.0.1');
  console.log('after listen call');
});
