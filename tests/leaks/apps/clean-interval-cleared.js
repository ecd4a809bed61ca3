// clean-interval-cleared.js — each job polls with setInterval until it has seen three
// ticks, then clears its interval; the action resolves when every job has stopped.
'use strict';

let next = 0;

function pollJob(job, done) {
  let ticks = 0;
  const t = setInterval(function pollTick() {
    job.seen.push(ticks);
    if (++ticks === 3) {
      clearInterval(t);
      done();
    }
  }, 1);
}

function setup() {}

function action() {
  return new Promise((resolve) => {
    let left = 50;
    for (let i = 0; i < 50; i++) {
      const n = next++;
      pollJob({ id: n, seen: [], url: '/jobs/' + n }, () => { if (--left === 0) resolve(); });
    }
  });
}

function teardown() {}

module.exports = { setup, action, teardown };
