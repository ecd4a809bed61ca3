// worker-thread-cache.js — the main thread hands image-resize jobs to a worker_threads
// worker; the worker memoises each job's result in a Map keyed by job id, and ids never
// repeat, so the worker's Map grows (the main thread stays flat). The worker snapshots
// itself after each batch; the leak is the worker's run, not the main thread's.
'use strict';

const { Worker, isMainThread, parentPort } = require('worker_threads');
const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

if (isMainThread) {
  const worker = new Worker(__filename);
  let batch = 0;
  const send = () => {
    const jobs = [];
    for (let i = 0; i < 50; i++) jobs.push({ id: batch * 50 + i, w: 64 + i, h: 48 });
    worker.postMessage({ batch, jobs });
  };
  worker.on('message', (m) => {
    if (m.done && ++batch < 5) send();
    else if (m.done) worker.terminate();
  });
  send();
} else {
  const resized = new Map();
  parentPort.on('message', ({ batch, jobs }) => {
    for (const job of jobs) {
      if (!resized.has(job.id)) resized.set(job.id, { id: job.id, thumb: 'px'.repeat(job.w), w: job.w / 2, h: job.h / 2 });
    }
    snap('worker batch ' + batch);
    parentPort.postMessage({ done: true });
  });
}
