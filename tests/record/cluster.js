// cluster.js — two cluster workers behind one port; worker 2 alone leaks (a global list
// of request records) and snapshots its heap after every 15 requests it serves;
// worker 1 and the primary take no snapshots. Recorded by record-cluster.sh.
const cluster = require('cluster');
const http = require('http');

if (cluster.isPrimary) {
  let ready = 0;
  let port = 0;
  cluster.on('listening', (w, addr) => {
    port = addr.port;
    if (++ready === 2) drive(0);
  });
  cluster.fork({ LEAKY: '0' });
  cluster.fork({ LEAKY: '1' });
  const drive = (n) => {
    if (n === 120) {
      cluster.disconnect(() => console.log('primary done'));
      return;
    }
    http.get({ host: '127.0.0.1', port, path: '/' + n, agent: false }, (res) => {
      res.resume();
      res.on('end', () => drive(n + 1));
    });
  };
} else {
  const leaky = process.env.LEAKY === '1';
  if (leaky) console.log('leaky worker pid ' + process.pid);
  const served = [];
  let count = 0;
  http.createServer((req, res) => {
    count++;
    if (leaky) {
      served.push({ url: req.url, at: Date.now(), payload: new Array(200).join('x') + count });
      if (count % 15 === 0) require('leakscope').snapshot('after ' + count);
    }
    res.end('ok');
  }).listen(0, '127.0.0.1');
}
