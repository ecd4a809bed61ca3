// global-singleton-hack.js — a metrics singleton parked on globalThis so that it
// "survives module reloads"; it keeps every raw sample instead of aggregating them.
'use strict';

const metrics = globalThis.__appMetrics || (globalThis.__appMetrics = { counts: {}, samples: [] });

function observe(name, value) {
  metrics.counts[name] = (metrics.counts[name] || 0) + 1;
  metrics.samples.push({ name: name, value: value, bucket: value >> 4, labels: { route: name } });
}

let next = 0;

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) {
    const n = next++;
    observe('route_' + (n % 12), (n * 31) % 1000);
  }
}

function teardown() {
  delete globalThis.__appMetrics;
}

module.exports = { setup, action, teardown };
