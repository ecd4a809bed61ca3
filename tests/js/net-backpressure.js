// A large write returns false, 'drain' follows once the server has read it all; the
// server pauses and resumes reading (backpressure back through the kernel).
const net = require('net');
const SIZE = 8 * 1024 * 1024;
let received = 0;
const server = net.createServer((sock) => {
  sock.pause();
  setTimeout(() => {
    sock.on('data', (d) => { received += d.length; });
    sock.resume();
  }, 50);
  sock.on('end', () => {
    console.log('server received', received);
    sock.end(String(received));
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('connect', () => {
    const big = Buffer.alloc(SIZE, 'x');
    const ok = c.write(big, () => console.log('write callback'));
    console.log('write returned', ok, 'writableLength > 0', c.writableLength > 0,
      'writableNeedDrain', c.writableNeedDrain);
    c.once('drain', () => {
      console.log('drain, writableLength', c.writableLength);
      console.log('small write returned', c.write('tail'));
      c.end();
    });
  });
  let reply = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { reply += d; });
  c.on('end', () => console.log('client got', reply));
  c.on('close', () => {
    console.log('client close, bytesWritten', c.bytesWritten);
    server.close(() => console.log('server closed'));
  });
});
