// Client error when nothing listens
const http = require('http');
const net = require('net');
const srv = net.createServer();
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  srv.close(() => {
    const req = http.get({ host: '127.0.0.1', port }, () => console.log('unexpected response'));
    req.on('error', (err) => {
      console.log(err instanceof Error, err.code, err.syscall, err.address, err.port === port, err.errno);
      console.log(err.message === 'connect ECONNREFUSED 127.0.0.1:' + port);
    });
    req.on('close', () => console.log('close, destroyed', req.destroyed));
  });
});
