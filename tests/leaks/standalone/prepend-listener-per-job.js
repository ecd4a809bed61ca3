// prepend-listener-per-job.js — a work queue (an EventEmitter subclass) lets each job
// ask to run first when the queue drains, with prependListener('drain', ...); the job's
// cleanup removes a different function than the one it added (a fresh arrow), so every
// job's handler stays on the list. Snapshots taken by the app after each drain.
'use strict';

const EventEmitter = require('events');
const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

class WorkQueue extends EventEmitter {
  constructor() {
    super();
    this.setMaxListeners(0);
    this.items = [];
  }
  push(item) {
    this.items.push(item);
  }
  drainAll() {
    const n = this.items.length;
    this.items = [];
    this.emit('drain', n);
  }
}

const workQueue = new WorkQueue();

class Job {
  constructor(id) {
    this.id = id;
    this.report = { id, steps: ['fetch', 'parse', 'store'], notes: [] };
  }
  start() {
    workQueue.prependListener('drain', (n) => this.report.notes.push('drained ' + n));
    workQueue.push(this.id);
  }
  finish() {
    workQueue.removeListener('drain', (n) => this.report.notes.push('drained ' + n));
  }
}

for (let round = 0; round < 6; round++) {
  for (let i = 0; i < 40; i++) {
    const job = new Job(`${round}-${i}`);
    job.start();
    job.finish();
  }
  workQueue.drainAll();
  snap('round ' + round);
}
console.log(workQueue.listenerCount('drain'));
