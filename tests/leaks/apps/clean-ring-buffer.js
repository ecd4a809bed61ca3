// clean-ring-buffer.js — the last 256 log entries in a fixed-size ring: each write
// replaces the oldest slot. Entries are new objects all the time, the count never grows.
'use strict';

const SIZE = 256;
const recentLog = new Array(SIZE);
let head = 0;
let written = 0;

function log(level, msg) {
  recentLog[head] = { seq: written++, level: level, msg: msg, fields: [head, level.length] };
  head = (head + 1) % SIZE;
}

function setup() {
  for (let i = 0; i < SIZE; i++) recentLog[i] = null;
}

function action() {
  for (let i = 0; i < 300; i++) log(i % 10 ? 'info' : 'warn', 'handled request ' + written);
}

function teardown() {}

module.exports = { setup, action, teardown };
