// cache-symbol-key.js — a metrics object keeps its raw samples under a symbol-keyed
// property (hidden from JSON and Object.keys, so the object looks small when logged),
// and every request adds one.
'use strict';

const kSamples = Symbol('samples');
const metrics = { name: 'http', count: 0, [kSamples]: [] };
let next = 0;

function observe(route, ms) {
  metrics.count++;
  metrics[kSamples].push({ route: route, ms: ms, tags: [route.length, ms % 7] });
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) {
    const n = next++;
    observe('/route/' + (n % 11), n % 90);
  }
}

function teardown() {
  metrics[kSamples] = [];
}

module.exports = { setup, action, teardown };
