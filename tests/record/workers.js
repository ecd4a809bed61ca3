// Recorded by record-workers.sh: the main thread idles while worker 1 spins in
// spinOne() and starts worker 2 (nested), which spins in spinTwo() and adds listeners.
const { Worker, isMainThread, workerData } = require('worker_threads');

function spinOne() {
  let x = 0;
  const end = Date.now() + 150;
  while (Date.now() < end) x += Math.sqrt(x + 1);
  return x;
}

function spinTwo() {
  let y = 0;
  const end = Date.now() + 150;
  while (Date.now() < end) y += Math.sqrt(y + 2);
  return y;
}

if (isMainThread) {
  const w = new Worker(__filename, { workerData: 1 });
  w.on('exit', (code) => console.log('worker 1 exit', code));
} else if (workerData === 1) {
  spinOne();
  const w = new Worker(__filename, { workerData: 2 });
  w.on('exit', (code) => { process.exitCode = 3 + code; });
} else {
  const { EventEmitter } = require('events');
  const e = new EventEmitter();
  for (let i = 0; i < 5; i++) e.on('tick', () => {});
  spinTwo();
}
