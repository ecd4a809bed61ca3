// listener-emitter-subclass.js — a JobQueue (an EventEmitter subclass) offers
// whenIdle(cb), which registers on its own 'idle' event; the queue is never idle while
// the service runs, so every caller's callback (and the job it closes over) stays.
'use strict';

const EventEmitter = require('events');

class JobQueue extends EventEmitter {
  constructor() {
    super();
    this.setMaxListeners(0);
    this.pending = 0;
  }
  push(job) {
    this.pending++;
    return job;
  }
  whenIdle(cb) {
    this.on('idle', cb);
  }
}

const jobQueue = new JobQueue();
let next = 0;

function submit(n) {
  const job = jobQueue.push({ id: n, kind: 'resize', args: ['img-' + n + '.png', 320, 240] });
  jobQueue.whenIdle(function reportIdle() {
    return job.id;
  });
}

function setup() {}

function action() {
  for (let i = 0; i < 150; i++) submit(next++);
}

function teardown() {
  jobQueue.removeAllListeners('idle');
}

module.exports = { setup, action, teardown };
