// clean-startup-alloc.js — a large lookup table built once in setup() (before any
// snapshot), then only read by requests.
'use strict';

const geoTable = [];
let lookups = 0;

function setup() {
  for (let i = 0; i < 20000; i++) {
    geoTable.push({ prefix: (i * 2654435761) % 4294967296, country: 'C' + (i % 200), city: 'city-' + i });
  }
}

function action() {
  let hits = 0;
  for (let i = 0; i < 500; i++) {
    const row = geoTable[(lookups++ * 7919) % geoTable.length];
    if (row.country.length > 1) hits++;
  }
  return hits < 0 ? hits : undefined;
}

function teardown() {}

module.exports = { setup, action, teardown };
