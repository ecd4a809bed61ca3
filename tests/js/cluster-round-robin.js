// cluster: three workers share one loopback port (the primary accepts and passes each
// connection to a worker, round-robin); 200 sequential requests are answered by every
// worker; events on the cluster and the workers; worker.send/process.send; disconnect
const cluster = require('cluster');
const http = require('http');

const N = 3;
let get, run, done;
if (cluster.isPrimary) {
  console.log('primary', cluster.isPrimary, cluster.isMaster, cluster.isWorker);
  const events = [];
  let listening = 0;
  let port = 0;
  cluster.on('fork', (w) => events.push('fork ' + w.id));
  cluster.on('online', (w) => events.push('online ' + w.id));
  cluster.on('listening', (w, addr) => {
    events.push('listening ' + w.id + ' ' + addr.address + ' ' + addr.addressType);
    port = addr.port;
    if (++listening === N) run();
  });
  cluster.on('message', (w, m) => events.push('message ' + w.id + ' ' + JSON.stringify(m)));
  for (let i = 0; i < N; i++) {
    const w = cluster.fork({ WORKER_TAG: 'w' + (i + 1) });
    w.on('online', () => w.send({ hello: w.id }));
  }
  console.log('workers', Object.keys(cluster.workers).join(','));

  get = (i, cb) => {
    http.get({ host: '127.0.0.1', port, path: '/' + i, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => cb(body));
    });
  };

  run = () => {
    const counts = {};
    let n = 0;
    (function next() {
      if (n === 200) return done(counts);
      get(n++, (body) => {
        counts[body] = (counts[body] || 0) + 1;
        next();
      });
    })();
  };

  done = (counts) => {
    const keys = Object.keys(counts).sort();
    console.log('answered by', keys.length, 'workers');
    // which worker was first free varies: the counts, sorted, do not
    console.log('counts', keys.map((k) => counts[k]).sort((a, b) => a - b).join(' '));
    const exits = [];
    cluster.on('disconnect', (w) => events.push('disconnect ' + w.id));
    cluster.on('exit', (w, code, sig) => {
      exits.push(w.id + ':' + code + ':' + sig + ':' + w.exitedAfterDisconnect + ':' + w.isDead());
      if (exits.length === N) {
        console.log(events.filter((e) => !e.startsWith('disconnect')).sort().join('\n'));
        console.log('disconnects', events.filter((e) => e.startsWith('disconnect')).length);
        console.log('exits', exits.sort().join(' '));
        console.log('workers left', Object.keys(cluster.workers).length);
      }
    });
    cluster.disconnect(() => console.log('cluster.disconnect callback'));
  };
} else {
  process.on('message', (m) => {
    process.send({ got: m, tag: process.env.WORKER_TAG, id: cluster.worker.id });
  });
  http.createServer((req, res) => {
    res.end('worker ' + process.env.WORKER_TAG);
  }).listen(0, '127.0.0.1');
}
