// Socket timeouts re-armed while armed (the same duration: the timer only records its new
// start; a new duration: it moves) fire in the order of their last arming, each once,
// and a disarmed one not at all. (Armings 100 ms apart: a loaded machine that stalls the
// loop long enough to run two of them in one go would change Node's order too.)
const net = require('net');
const order = [];
const server = net.createServer(() => {});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const socks = {};
  let open = 0;
  for (const name of ['A', 'B', 'C', 'D', 'E']) {
    const s = net.connect(port, '127.0.0.1');
    socks[name] = s;
    open++;
    s.on('timeout', () => {
      order.push(name + ' timeout ' + s.timeout);
      s.destroy();
    });
    s.on('close', () => { if (--open === 0) server.close(); });
  }
  socks.A.setTimeout(400);
  socks.B.setTimeout(400);
  socks.C.setTimeout(400);
  socks.D.setTimeout(600);
  socks.E.setTimeout(400);
  setTimeout(() => { socks.A.setTimeout(0); socks.A.setTimeout(400); }, 100);
  setTimeout(() => { socks.D.setTimeout(400); }, 200);
  setTimeout(() => { socks.C.setTimeout(400); }, 300);
  setTimeout(() => { socks.E.setTimeout(0); }, 50);
  setTimeout(() => {
    order.push('E timeout ' + socks.E.timeout + ', destroyed ' + socks.E.destroyed);
    socks.E.destroy();
  }, 1000);
});
process.on('exit', () => console.log(order.join('\n')));
