// child_process.fork: the channel keeps a child alive only while it has 'message'
// listeners; a net.Socket sent with a message is usable in the child; bad arguments
const { fork } = require('child_process');
const net = require('net');

const role = process.argv[2];
if (role === 'idle') {
  // no listener: the unref'd channel does not keep this child alive
  process.send('idle up');
} else if (role === 'listen') {
  process.on('message', (m, sock) => {
  if (m === 'stop') {
    process.removeAllListeners('message');
    return;
}
  if (m && m.kind === 'socket') {
    sock.on('data', (d) => {
      sock.end('child answers ' + d.toString().trim() + ' for ' + m.id + '\n');
    });
    return;
}
  });
  process.send('listening');
} else {
  try { fork(__filename, ['x'], { stdio: ['pipe', 'pipe', 'pipe'] }); } catch (e) { console.log(e.code, e.message); }
  try { fork(42); } catch (e) { console.log(e.code); }

  const idle = fork(__filename, ['idle']);
  idle.on('message', (m) => console.log('idle says', m));
  idle.on('exit', (code) => {
  console.log('idle exit', code);
  idle.send(Symbol('x'), (err) => console.log('after exit:', err.code));
  startListener();
  });
}

function startListener() {
  const child = fork(__filename, ['listen']);
  const server = net.createServer((sock) => {
    child.send({ kind: 'socket', id: 7 }, sock);
  });
  server.listen(0, '127.0.0.1', () => {
    child.once('message', (m) => {
      console.log('child says', m);
      try { child.send(Symbol('x')); } catch (e) { console.log(e.code); }
      try { child.send(); } catch (e) { console.log(e.code); }
      const c = net.connect(server.address().port, '127.0.0.1', () => c.write('hello\n'));
      let got = '';
      c.on('data', (d) => { got += d; });
      c.on('end', () => {
        console.log('client got', JSON.stringify(got));
        server.close();
        child.send('stop');
      });
    });
  });
  child.on('exit', (code, sig) => console.log('listener exit', code, sig, child.connected));
}
