// cluster 'message' on the cluster object, worker-initiated disconnect, event order
const cluster = require('cluster');
if (cluster.isPrimary) {
  const ev = [];
  cluster.on('message', (worker, msg) => ev.push(`cluster message ${worker.id} ${JSON.stringify(msg)}`));
  cluster.on('disconnect', (w) => ev.push(`disconnect ${w.id}`));
  cluster.on('exit', (w, code) => {
    ev.push(`exit ${w.id} ${code} after=${w.exitedAfterDisconnect}`);
    console.log(ev.join('\n'));
  });
  const w = cluster.fork();
  w.on('message', (msg) => ev.push(`worker message ${JSON.stringify(msg)}`));
} else {
  process.send({ hello: cluster.worker.id });
  setTimeout(() => cluster.worker.disconnect(), 20);
}
