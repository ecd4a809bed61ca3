// listener-once-never-fires.js — each job waits with queue.once('drain', ...) to send
// more, but the queue never fills up, so 'drain' is never emitted and the once-wrappers
// (each with its job) stay on the queue's 'drain' list.
'use strict';
const EventEmitter = require('events');

const queue = new EventEmitter();
queue.setMaxListeners(0);
let submitted = 0;

function submit(job) {
  queue.once('drain', function resumeJob() {
    return job.rows.length;
  });
  submitted++;
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) {
    const n = submitted;
    submit({ id: n, rows: [n, n + 1, n + 2, 'row ' + n], owner: 'batch-' + (n % 9) });
  }
}

function teardown() {
  queue.removeAllListeners('drain');
}

module.exports = { setup, action, teardown };
