// worker options: argv, env, workerData and a process.env copy
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
if (isMainThread) {
  process.env.FROM_PARENT = 'yes';
  const w1 = new Worker(__filename, { workerData: { label: 'w1' }, argv: ['x', 'y'], env: { ONLY: '1' } });
  w1.on('message', (m) => {
    console.log('w1', JSON.stringify(m));
    const w2 = new Worker(__filename, { workerData: { label: 'w2' } });
    w2.on('message', (m2) => console.log('w2', JSON.stringify(m2)));
    w2.on('exit', (c) => console.log('w2 exit', c));
  });
  w1.on('exit', (c) => console.log('w1 exit', c));
} else {
  process.env.SET_IN_WORKER = '1';
  parentPort.postMessage({ label: workerData.label, argv: process.argv.slice(2), only: process.env.ONLY,
    fromParent: process.env.FROM_PARENT, hasPath: process.env.PATH !== undefined });
}
