// closure-timers-interval.js — each request starts a status poller with setInterval and
// never clears it (the request "finishes" without stopping its poller). The poller is
// unref()'d so that it does not keep the process alive, which also hides it: only the
// runtime's timer list holds the interval callbacks, and each keeps its request's
// pollState.
'use strict';

let started = 0;
let stopped = false;

function startPolling(req) {
  const pollState = { id: req.id, url: req.url, attempts: [], body: req.body };
  setInterval(function pollStatus() {
    if (!stopped) pollState.attempts.push(Date.now());
  }, 3600 * 1000).unref();
  started++;
}

function setup() {}

function action() {
  for (let i = 0; i < 100; i++) {
    const n = started;
    startPolling({ id: n, url: '/jobs/' + n + '/status', body: { job: n, steps: [1, 2, 3, n] } });
  }
}

function teardown() {
  stopped = true;                       // the intervals stay until the process exits
}

module.exports = { setup, action, teardown };
