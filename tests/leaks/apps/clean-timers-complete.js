// clean-timers-complete.js — each action schedules 100 short timeouts, each capturing
// its job, and resolves when all have fired: the timer list empties every time.
'use strict';

let fired = 0;
let next = 0;

function schedule(job, resolveWhenDone) {
  setTimeout(function runLater() {
    fired += job.steps.length;
    resolveWhenDone();
  }, job.delay);
}

function setup() {}

function action() {
  return new Promise(function (resolve) {
    let left = 100;
    const one = function () {
      if (--left === 0) resolve();
    };
    for (let i = 0; i < 100; i++) {
      const n = next++;
      schedule({ id: n, delay: n % 3, steps: [n, n + 1, 'step ' + n] }, one);
    }
  });
}

function teardown() {}

module.exports = { setup, action, teardown };
