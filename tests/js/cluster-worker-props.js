// cluster.worker object in the worker, process.pid relations, settings, send from primary
const cluster = require('cluster');
if (cluster.isPrimary) {
  cluster.setupPrimary({ args: ['--flag-for-worker'], silent: false });
  console.log('settings args', cluster.settings.args, 'exec is file', cluster.settings.exec === __filename);
  const w = cluster.fork();
  console.log('workers', Object.keys(cluster.workers), 'state', w.state, 'isConnected', w.isConnected());
  w.on('message', (m) => {
    console.log('from worker', JSON.stringify({ ...m, pidMatches: typeof w.process.pid === 'number' }));
    w.kill();
  });
  w.on('exit', (code, signal) => {
    console.log('exit', code, signal, 'state', w.state, 'after', w.exitedAfterDisconnect, 'workers', Object.keys(cluster.workers));
  });
} else {
  process.send({ id: cluster.worker.id, argv: process.argv.slice(2), isWorker: cluster.isWorker, pidIsNumber: typeof process.pid === 'number', primaryWorkers: cluster.workers });
}
