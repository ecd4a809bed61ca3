// allowHalfOpen: the server reads the client's end, then still writes its reply; without
// it the server side ends by itself. Events are printed per side at exit.
const logs = { server: [], client: [] };
const S = (...a) => logs.server.push(a.join(' '));
const C = (...a) => logs.client.push(a.join(' '));
process.on('exit', () => { for (const k in logs) for (const l of logs[k]) console.log(k + ':', l); });
const net = require('net');
function run(allowHalfOpen, next) {
  let clientClosed = false, serverClosed = false;
  const both = () => { if (clientClosed && serverClosed) next(); };
  const server = net.createServer({ allowHalfOpen }, (sock) => {
    let got = '';
    sock.setEncoding('utf8');
    sock.on('data', (d) => { got += d; });
    sock.on('end', () => {
      S(allowHalfOpen, 'end, got', got, 'writable', sock.writable);
      if (allowHalfOpen) setTimeout(() => sock.end('late reply'), 20);
    });
    sock.on('finish', () => S(allowHalfOpen, 'finish'));
    sock.on('close', () => { S(allowHalfOpen, 'socket close'); server.close(() => { serverClosed = true; both(); }); });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
    let reply = '';
    c.on('data', (d) => { reply += d; });
    c.on('end', () => { C(allowHalfOpen, 'end, reply', JSON.stringify(reply)); c.end(); });
    c.on('close', () => { clientClosed = true; both(); });
    c.end('request');
  });
}
run(true, () => run(false, () => console.log('done')));
