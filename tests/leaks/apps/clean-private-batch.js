// clean-private-batch.js — a MetricsBatcher collects points in a private field and
// flushes every 50: the field is replaced by a fresh array at each flush, so it is
// always at most one batch long.
'use strict';

class MetricsBatcher {
  #points = [];
  #flushed = 0;
  add(point) {
    this.#points.push(point);
    if (this.#points.length >= 50) this.#flush();
  }
  #flush() {
    this.#flushed += this.#points.length;
    this.#points = [];
  }
  get flushed() {
    return this.#flushed;
  }
}

const batcher = new MetricsBatcher();
let next = 0;

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) {
    const n = next++;
    batcher.add({ name: 'latency', value: n % 50, tags: ['route:' + (n % 5)] });
  }
}

function teardown() {}

module.exports = { setup, action, teardown };
