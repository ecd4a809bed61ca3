// Unix domain socket errors: connect to a missing path, listen on a path in use
const net = require('net');
const os = require('os');
const path = require('path');
const p = path.join(os.tmpdir(), 'ls-net-pipe-err-' + process.pid + '.sock');
const missing = path.join(os.tmpdir(), 'ls-no-such-' + process.pid + '.sock');
const c = net.connect(missing);
c.on('error', (e) => {
  console.log('connect', e.code, e.syscall, e.address === missing, e.port, e.message === 'connect ENOENT ' + missing);
  const s1 = net.createServer().listen(p, () => {
    const s2 = net.createServer();
    s2.on('error', (e2) => {
      console.log('listen', e2.code, e2.syscall, e2.port, e2.message === 'listen EADDRINUSE: address already in use ' + p);
      s1.close(() => console.log('closed; address after close', s1.address() === p));
    });
    s2.listen(p);
  });
});
