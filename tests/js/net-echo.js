// A server echoing with a prefix and ending; the client's view and the server's, each
// printed at exit (their interleaving depends on the kernel's timing).
const logs = { server: [], client: [] };
const S = (...a) => logs.server.push(a.join(' '));
const C = (...a) => logs.client.push(a.join(' '));
process.on('exit', () => { for (const k in logs) for (const l of logs[k]) console.log(k + ':', l); });
const net = require('net');
const server = net.createServer((sock) => {
  S('connection', sock.remoteAddress, sock.remotePort > 0, sock.localPort === server.address().port);
  sock.on('data', (d) => { S('got', d.toString()); sock.end('bye ' + d); });
  sock.on('end', () => S('end'));
  sock.on('close', (e) => { S('socket close', e, sock.bytesRead, sock.bytesWritten); server.close(() => S('closed')); });
});
server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  console.log('listening', a.address, a.family, typeof a.port, Object.keys(a));
  const c = net.connect(a.port, '127.0.0.1', () => {
    C('connected', c.remotePort === a.port, c.localAddress);
    c.write('hello');
  });
  c.on('data', (d) => C('got', d.toString(), Buffer.isBuffer(d)));
  c.on('end', () => C('end'));
  c.on('close', (e) => C('close', e, c.bytesRead, c.bytesWritten, c.destroyed));
});
