// cluster: fork events order, ids, worker.send round trip, disconnect
const cluster = require('cluster');
if (cluster.isPrimary) {
  const log = [];
  cluster.on('fork', (w) => log.push(`fork ${w.id}`));
  cluster.on('online', (w) => log.push(`online ${w.id}`));
  cluster.on('listening', (w, addr) => log.push(`listening ${w.id} ${addr.addressType} ${typeof addr.port}`));
  cluster.on('disconnect', (w) => log.push(`disconnect ${w.id}`));
  cluster.on('exit', (w, code, sig) => {
    log.push(`exit ${w.id} ${code} ${sig} exitedAfterDisconnect=${w.exitedAfterDisconnect}`);
    if (Object.keys(cluster.workers).length === 0) {
      console.log(log.join('\n'));
    }
  });
  const w = cluster.fork({ MY_VAR: 'abc' });
  console.log('isPrimary', cluster.isPrimary, 'isWorker', cluster.isWorker, 'id', w.id);
  w.on('message', (m) => {
    log.push('primary got ' + JSON.stringify(m));
    if (m.ready) w.send({ hello: 'worker' });
    if (m.reply) w.disconnect();
  });
} else {
  const http = require('http');
  const server = http.createServer((req, res) => res.end('ok'));
  server.listen(0, '127.0.0.1', () => {
    process.send({ ready: true, id: cluster.worker.id, env: process.env.MY_VAR, wid: process.env.NODE_UNIQUE_ID !== undefined });
  });
  process.on('message', (m) => process.send({ reply: m.hello }));
}
