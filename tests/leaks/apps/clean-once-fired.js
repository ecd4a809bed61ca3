// clean-once-fired.js — each job registers laneQueue.once('ready', ...) and every 20
// jobs 'ready' is emitted, so every once-wrapper fires and removes itself.
'use strict';
const EventEmitter = require('events');

const laneQueue = new EventEmitter();
laneQueue.setMaxListeners(0);
let jobs = 0;
let results = 0;

function submit(job) {
  laneQueue.once('ready', function runJob() {
    results += job.rows.length;
  });
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) {
    submit({ id: jobs, rows: [jobs, jobs + 1, 'row ' + jobs] });
    jobs++;
    if (jobs % 20 === 0) laneQueue.emit('ready');
  }
}

function teardown() {}

module.exports = { setup, action, teardown };
