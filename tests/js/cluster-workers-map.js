// three workers: ids, the workers map while running and after exit, worker.process.connected
const cluster = require('cluster');
if (cluster.isPrimary) {
  const ids = [];
  for (let i = 0; i < 3; i++) ids.push(cluster.fork({ N: String(i) }).id);
  console.log('ids', ids, 'keys', Object.keys(cluster.workers));
  let exited = 0;
  let online = 0;
  const codes = {};
  cluster.on('exit', (w, code) => {
    codes[w.id] = code;
    if (++exited === 3) {
      console.log('codes', codes, 'workers left', Object.keys(cluster.workers).length);
    }
  });
  cluster.on('online', () => {
    if (++online === 3) {
      const ws = Object.values(cluster.workers);
      console.log('all online', ws.map((x) => x.state), ws.map((x) => x.process.connected));
      for (const w of ws) w.send('exit');
    }
  });
} else {
  process.on('message', () => process.exit(Number(process.env.N) + 10));
}
