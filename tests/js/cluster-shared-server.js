// two cluster workers share a listening port; primary sends requests and counts responders
const cluster = require('cluster');
const http = require('http');
if (cluster.isPrimary) {
  cluster.schedulingPolicy = cluster.SCHED_RR;
  const ports = new Set();
  let listening = 0;
  const N = 2;
  for (let i = 0; i < N; i++) cluster.fork();
  cluster.on('listening', (w, addr) => {
    ports.add(addr.port);
    if (++listening === N) {
      console.log('distinct ports', ports.size);
      const port = [...ports][0];
      const seen = [];
      let done = 0;
      const total = 4;
      const agent = new http.Agent({ keepAlive: false });
      const doReq = () => http.get({ port, host: '127.0.0.1', agent }, (res) => {
        let s = '';
        res.on('data', (c) => s += c);
        res.on('end', () => {
          seen.push(s);
          if (++done === total) {
            console.log('responses', seen.length, 'distinct workers', new Set(seen).size);
            for (const id in cluster.workers) cluster.workers[id].disconnect();
          } else doReq();
        });
      });
      doReq();
    }
  });
  cluster.on('exit', (w) => console.log('worker exited', typeof w.id));
} else {
  http.createServer((req, res) => res.end(String(cluster.worker.id))).listen(0, '127.0.0.1');
}
