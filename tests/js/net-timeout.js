// setTimeout on an idle socket: 'timeout' fires (the socket is not closed by it), the
// handler destroys it. Events are printed per side at exit.
const logs = { server: [], client: [] };
const S = (...a) => logs.server.push(a.join(' '));
const C = (...a) => logs.client.push(a.join(' '));
process.on('exit', () => { for (const k in logs) for (const l of logs[k]) console.log(k + ':', l); });
const net = require('net');
const server = net.createServer((sock) => {
  sock.setTimeout(50);
  S('timeout prop', sock.timeout);
  sock.on('timeout', () => {
    S('socket timeout, destroyed:', sock.destroyed);
    sock.destroy();
  });
  sock.on('close', () => server.close(() => S('closed')));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const r = c.setTimeout(0);
  C('setTimeout returns socket', r === c);
  c.on('end', () => C('end'));
  c.on('close', () => C('close'));
  try { c.setTimeout(-1); } catch (e) { C(e.code, e.name); }
});
