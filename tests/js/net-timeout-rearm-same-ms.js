// Two socket timeouts armed again in the same callback (so in the same millisecond of the
// loop's clock): one re-armed with its old duration, one moved from another duration.
// They fire in the order they were armed, as in Node, whatever the re-arming cost.
const net = require('net');
const order = [];
const server = net.createServer(() => {});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const socks = {};
  let open = 0;
  for (const name of ['X', 'Y', 'Z']) {
    const s = net.connect(port, '127.0.0.1');
    socks[name] = s;
    open++;
    s.on('timeout', () => {
      order.push(name + ' timeout ' + s.timeout);
      s.destroy();
    });
    s.on('close', () => { if (--open === 0) server.close(); });
  }
  socks.X.setTimeout(150);
  socks.Y.setTimeout(400);
  socks.Z.setTimeout(150);
  setTimeout(() => {
    socks.X.setTimeout(0);
    socks.X.setTimeout(150);
    socks.Y.setTimeout(150);
    socks.Z.setTimeout(150);
  }, 50);
});
process.on('exit', () => console.log(order.join('\n')));
