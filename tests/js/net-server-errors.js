// net error codes: EADDRINUSE via listen callback error, invalid port, ERR_SERVER_NOT_RUNNING
const net = require('net');
const a = net.createServer();
a.listen(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = net.createServer();
  b.on('error', (e) => {
    console.log('b error', e.code, e.syscall, e.address, e.port === port);
    console.log(e.message === `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    try {
      net.createServer().listen(70000);
    } catch (e2) {
      console.log(e2.name, e2.code);
      console.log(e2.message);
    }
    const c = net.createServer();
    c.close((err) => {
      console.log('close err', err.code, err.message);
      a.close(() => console.log('a closed'));
    });
  });
  b.listen(port, '127.0.0.1');
});
