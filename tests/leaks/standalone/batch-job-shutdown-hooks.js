// batch-job-shutdown-hooks.js — a batch runner (no server): every Job registers a
// once('SIGTERM') hook on process to abort itself on shutdown, an arrow function over
// `this`; jobs finish but their hooks stay, each keeping its Job and its rows.
'use strict';

const leakscope = require('leakscope');

class Job {
  constructor(id) {
    this.id = id;
    this.rows = [id, 'pending', { attempts: [] }];
    process.once('SIGTERM', () => this.abort());
  }
  abort() {
    this.rows = null;
  }
  run() {
    this.rows[1] = 'done';
    return this.id;
  }
}

let nextId = 0;
let batch = 0;

function runBatch() {
  for (let i = 0; i < 80; i++) new Job(nextId++).run();
  leakscope.snapshot('batch-' + batch);
  if (++batch < 4) setImmediate(runBatch);
  else process.removeAllListeners('SIGTERM');
}

runBatch();
