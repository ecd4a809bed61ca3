// Server-side and client-side events are printed per side at exit: their interleaving
// depends on the kernel's timing, the order within each side does not.
const logs = { server: [], client: [] };
const S = (...a) => logs.server.push(a.join(' '));
const C = (...a) => logs.client.push(a.join(' '));
process.on('exit', () => { for (const k in logs) for (const l of logs[k]) console.log(k + ':', l); });
const net = require('net');
const s0 = new net.Server();
console.log(s0.listening, s0.address());
s0.close((err) => console.log('close when not running:', err.code, err.message));
const server = net.createServer();
server.on('connection', (sock) => {
  S('connection', sock instanceof net.Socket, sock instanceof require('stream').Duplex);
  S(sock.setNoDelay(true) === sock, sock.setKeepAlive(true, 1000) === sock, sock.readyState);
  server.getConnections((err, n) => {
    S('connections', err, n);
    sock.destroy();
  });
  sock.on('close', () => {
    server.getConnections((err, n) => S('connections after', n));
    server.close(() => S('server close'));
  });
});
server.on('listening', () => console.log('listening event', server.listening));
server.listen({ port: 0, host: '127.0.0.1' }, () => {
  try { server.listen(0); } catch (e) { console.log(e.code, e.message); }
  const c = net.connect(server.address().port, '127.0.0.1');
  C('pending', c.pending, c.readyState, c.bytesWritten);
  c.write('early');
  C('bytesWritten while connecting', c.bytesWritten);
  c.on('connect', () => C('connect', c.pending, c.readyState));
  c.on('ready', () => C('ready'));
  c.on('end', () => C('client end'));
  c.on('close', (h) => C('client close', h, c.bytesWritten));
});
try { net.connect({ port: 70000, host: '127.0.0.1' }); } catch (e) { console.log(e.code, e.name, e.message); }
try { net.connect({ port: true, host: '127.0.0.1' }); } catch (e) { console.log(e.code, e.name); }
const unrefd = net.createServer();
unrefd.listen(0, '127.0.0.1');
unrefd.unref();
process.on('exit', () => console.log('exit, unref\'d server still listening', unrefd.listening));
