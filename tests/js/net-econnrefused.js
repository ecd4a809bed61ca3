const net = require('net');
const s = net.createServer();
s.listen(0, '127.0.0.1', () => {
  const port = s.address().port;
  s.close(() => {
    const c = net.connect({ port, host: '127.0.0.1' });
    console.log('connecting', c.connecting, c.pending, c.readyState);
    c.on('connect', () => console.log('unexpected connect'));
    c.on('error', (err) => {
      console.log(err.message === `connect ECONNREFUSED 127.0.0.1:${port}`);
      console.log(Object.keys(err), err.code, err.errno, err.syscall, err.address, err.port === port);
    });
    c.on('close', (hadError) => console.log('close', hadError, c.destroyed, c.readyState));
  });
});
