// cluster workers exiting with codes and signals; worker.kill; isDead
const cluster = require('cluster');
if (cluster.isPrimary) {
  const results = {};
  let pending = 3;
  const w1 = cluster.fork({ MODE: 'code' });
  const w2 = cluster.fork({ MODE: 'wait' });
  const w3 = cluster.fork({ MODE: 'throw' });
  w2.on('online', () => w2.kill('SIGTERM'));
  cluster.on('exit', (w, code, sig) => {
    results[w.id] = `id=${w.id} code=${code} sig=${sig} dead=${w.isDead()} after=${w.exitedAfterDisconnect}`;
    if (--pending === 0) {
      for (const k of Object.keys(results).sort()) console.log(results[k]);
    }
  });
} else {
  if (process.env.MODE === 'code') process.exit(6);
  if (process.env.MODE === 'wait') setInterval(() => {}, 1000);
  if (process.env.MODE === 'throw') { throw new Error('worker failure'); }
}
