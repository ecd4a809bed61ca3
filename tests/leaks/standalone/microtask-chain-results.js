// microtask-chain-results.js — a job scheduler drains its queue one job per microtask
// (queueMicrotask) and yields to I/O between batches with setImmediate. Each job's
// result is put in `completed` (a Map by job id) for a status endpoint, and nothing ever
// removes finished jobs. All of the app's work runs from the microtask/immediate chain;
// snapshots are taken from it, after each batch.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const queue = [];
const completed = new Map();
let batch = 0;

function runJob(job) {
  return { id: job.id, output: job.input.map((x) => x * 2), finishedBatch: batch, ok: true };
}

function drain() {
  const job = queue.shift();
  if (job) {
    completed.set(job.id, runJob(job));
    queueMicrotask(drain);
    return;
  }
  snap('batch ' + batch);
  if (++batch < 6) setImmediate(nextBatch);
  else console.log(completed.size);
}

function nextBatch() {
  for (let i = 0; i < 50; i++) queue.push({ id: `job-${batch}-${i}`, input: [i, i + 1, i + 2] });
  queueMicrotask(drain);
}

setImmediate(nextBatch);
