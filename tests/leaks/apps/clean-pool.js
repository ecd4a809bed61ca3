// clean-pool.js — a fixed pool of 32 connection objects: each request acquires one
// (creating it only while the pool is not full), uses it and releases it.
'use strict';

const free = [];
let created = 0;
let served = 0;

function acquire() {
  if (free.length) return free.pop();
  created++;
  return { id: created, buf: new Array(64).join('.'), queries: 0 };
}

function release(conn) {
  if (free.length < 32) free.push(conn);
}

function setup() {}

function action() {
  const inUse = [];
  for (let i = 0; i < 300; i++) {
    const c = acquire();
    c.queries++;
    inUse.push(c);
    if (inUse.length === 16) inUse.splice(0).forEach(release);
    served++;
  }
  inUse.splice(0).forEach(release);
}

function teardown() {}

module.exports = { setup, action, teardown };
