// stalled-job-queue.js — a job queue whose worker sets `busy` and clears it only on
// success; the first job that throws leaves it busy forever, so every later job just
// waits in the queue. Snapshots taken by the app between batches.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const jobQueue = [];
let busy = false;
let done = 0;

function runJob(job) {
  if (job.payload.length > 40) throw new Error('payload too large: ' + job.id);
  done++;
}

function drain() {
  if (busy) return;
  busy = true;
  while (jobQueue.length) {
    runJob(jobQueue[0]);
    jobQueue.shift();
  }
  busy = false;
}

function submit(id, payload) {
  jobQueue.push({ id, payload, attempts: 0 });
  try {
    drain();
  } catch (e) {
    // logged and ignored: busy stays true
  }
}

for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 60; i++) submit(`job-${round}-${i}`, 'x'.repeat(round === 0 && i === 30 ? 50 : 10));
  snap('round ' + round);
}
console.log('done', done, 'queued', jobQueue.length);
