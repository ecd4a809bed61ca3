// net over a unix domain socket path
const net = require('net');
const path = require('path');
const os = require('os');
const fs = require('fs');
const sockPath = path.join(os.tmpdir(), 'ls-net-pipe-' + process.pid + '.sock');
const server = net.createServer((s) => {
  s.on('data', (d) => s.end('echo:' + d));
});
server.listen(sockPath, () => {
  console.log('address is path', server.address() === sockPath);
  console.log('exists', fs.existsSync(sockPath));
  const c = net.connect(sockPath, () => {
    console.log('connected', c.remoteAddress);
    c.write('hi');
  });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d));
  c.on('close', () => server.close(() => console.log('removed', !fs.existsSync(sockPath))));
});
