// SharedArrayBuffer + Atomics shared between the main thread and a worker
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
if (isMainThread) {
  const sab = new SharedArrayBuffer(16);
  const arr = new Int32Array(sab);
  const w = new Worker(__filename, { workerData: { sab } });
  w.on('message', () => console.log('shared values', Array.from(arr)));
  w.on('exit', (c) => console.log('exit', c));
} else {
  const arr = new Int32Array(workerData.sab);
  for (let i = 0; i < 4; i++) Atomics.add(arr, i, (i + 1) * 10);
  parentPort.postMessage('done');
}
