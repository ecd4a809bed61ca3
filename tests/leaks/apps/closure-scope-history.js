// closure-scope-history.js — a latency recorder made once by makeRecorder(): the closure
// it returns keeps every sample in its own scope ("for percentiles later") and nothing
// ever trims them. One closure, whose scope retains growing data.
'use strict';

function makeRecorder(name) {
  const samples = [];
  return function recordLatency(route, ms) {
    samples.push({ route: route, ms: ms, name: name, tags: [route.length, ms % 13] });
    return samples.length;
  };
}

const recordLatency = makeRecorder('http');
let next = 0;

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) {
    const n = next++;
    recordLatency('/orders/' + (n % 50) + '/lines/' + n, (n * 37) % 250);
  }
}

function teardown() {}

module.exports = { setup, action, teardown };
