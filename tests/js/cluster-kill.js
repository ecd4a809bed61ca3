// cluster: a worker killed (SIGKILL) in the middle of a request does not take down the
// primary; the client sees its connection reset, the primary restarts the worker (the
// seed's auto-restart on 'exit') and the next requests are answered; worker.kill()
// ends a worker gracefully
const cluster = require('cluster');
const http = require('http');

let get;
if (cluster.isPrimary) {
  let port = 0;
  let phase = 'start';
  let restarted = null;
  cluster.on('exit', (worker, code, signal) => {
    console.log('exit', code, signal, 'exitedAfterDisconnect', worker.exitedAfterDisconnect);
    if (phase === 'kill') {
      phase = 'restart';
      restarted = cluster.fork();  // auto-restart
    }
  });
  cluster.on('listening', (worker, addr) => {
    port = addr.port;
    if (phase === 'start' && Object.keys(cluster.workers).length === 2 &&
        Object.values(cluster.workers).every((w) => w.state === 'listening')) {
      phase = 'kill';
      get('/hang', (err) => {
        console.log('client:', err ? err.code : 'answered');
      });
    } else if (worker === restarted) {
      let answered = 0;
      let finished = 0;
      for (let i = 0; i < 4; i++) {
        get('/ok', (err, body) => {
          if (!err && body === 'ok') answered++;
          if (++finished === 4) {
            console.log('answered after restart', answered);
            console.log('workers', Object.keys(cluster.workers).length);
            phase = 'end';
            for (const id in cluster.workers) cluster.workers[id].kill();
          }
        });
      }
    }
  });
  cluster.on('message', (worker, m) => {
    if (m === 'hanging') {
      console.log('a worker is mid-request: killing it');
      worker.process.kill('SIGKILL');
    }
  });
  cluster.fork();
  cluster.fork();

  get = (path, cb) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => cb(null, body));
    });
    req.on('error', (err) => cb(err));
  };
  process.on('exit', () => console.log('primary exits normally, phase', phase));
} else {
  http.createServer((req, res) => {
    if (req.url === '/hang') {
      process.send('hanging');
      return;  // never answers
    }
    res.end('ok');
  }).listen(0, '127.0.0.1');
}
