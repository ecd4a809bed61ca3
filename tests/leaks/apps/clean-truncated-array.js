// clean-truncated-array.js — a metrics buffer that is flushed (truncated to its last 100
// entries) whenever it passes 1000: it saw-tooths between 100 and 1000 entries.
'use strict';

let pending = [];
let seq = 0;
let flushed = 0;

function push(sample) {
  pending.push(sample);
  if (pending.length > 1000) {
    flushed += pending.length - 100;
    pending = pending.slice(pending.length - 100);
  }
}

function setup() {}

function action() {
  for (let i = 0; i < 300; i++) {
    const n = seq++;
    push({ seq: n, name: 'latency', value: (n * 13) % 400, labels: ['route-' + (n % 9)] });
  }
}

function teardown() {}

module.exports = { setup, action, teardown };
