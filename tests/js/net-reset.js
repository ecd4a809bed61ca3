// A client resetting the connection (RST) mid-transfer: the server socket gets ECONNRESET
// and closes; the server keeps running and serves the next client. Events are printed
// per side at exit (their interleaving depends on the kernel's timing).
const logs = { server: [], client: [] };
const S = (...a) => logs.server.push(a.join(' '));
const C = (...a) => logs.client.push(a.join(' '));
process.on('exit', () => { for (const k in logs) for (const l of logs[k]) console.log(k + ':', l); });
const net = require('net');
let n = 0;
const server = net.createServer((sock) => {
  const id = ++n;
  sock.on('data', () => {});
  sock.on('error', (e) => S('socket', id, 'error', e.code, e.syscall));
  sock.on('close', (hadError) => {
    S('socket', id, 'close', hadError);
    if (id === 1) second();
    else server.close(() => S('server closed'));
  });
  if (id === 2) sock.end('still alive');
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('partial body...', () => {
      setTimeout(() => { c.resetAndDestroy(); }, 30);
    });
  });
  c.on('close', (h) => C('client 1 close', h));
});
function second() {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  c.on('data', (d) => C('client 2 got', d));
}
