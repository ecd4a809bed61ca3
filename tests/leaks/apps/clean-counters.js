// clean-counters.js — per-route counters in an object whose keys are a fixed set of 20
// routes; values are numbers and small replaced records. Busy, but nothing accumulates.
'use strict';

const routeStats = {};
let next = 0;

function hit(route, ms) {
  const s = routeStats[route] || (routeStats[route] = { count: 0, total: 0, last: null });
  s.count++;
  s.total += ms;
  s.last = { ms: ms, at: next, route: route };
}

function setup() {}

function action() {
  for (let i = 0; i < 300; i++) {
    const n = next++;
    hit('/route/' + (n % 20), (n * 17) % 300);
  }
}

function teardown() {}

module.exports = { setup, action, teardown };
