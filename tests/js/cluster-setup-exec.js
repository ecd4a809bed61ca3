// cluster.setupPrimary({ exec }) runs another file as the worker; schedulingPolicy values
const cluster = require('cluster');
const fs = require('fs');
const os = require('os');
const path = require('path');
console.log('policies', cluster.SCHED_NONE, cluster.SCHED_RR, cluster.schedulingPolicy === cluster.SCHED_RR);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-cluster-'));
const workerFile = path.join(dir, 'w.js');
fs.writeFileSync(workerFile, `
const cluster = require('cluster');
process.send({ worker: cluster.isWorker, id: cluster.worker.id, args: process.argv.slice(2) });
cluster.worker.disconnect();
`);
cluster.setupPrimary({ exec: workerFile, args: ['--mode', 'child'] });
const w = cluster.fork();
w.on('message', (m) => console.log('message', m));
w.on('exit', (code) => {
  console.log('exit', code, 'exitedAfterDisconnect', w.exitedAfterDisconnect);
  fs.rmSync(dir, { recursive: true });
});
