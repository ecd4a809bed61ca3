// cache-slow-steady.js — a small but steady leak: of every 40 requests one fails and its
// retry record is parked in retryQueue, which nothing drains. Five records per action:
// well below the garbage the same requests make, but it grows in every interval.
'use strict';

const retryQueue = [];
let served = 0;

function serve(req) {
  const scratch = { id: req.id, parts: [req.id, req.id * 2, req.id * 3], text: 'response ' + req.id };
  if (req.id % 40 === 39) retryQueue.push({ id: req.id, reason: 'timeout', payload: scratch.text + ' (retry)' });
  served++;
  return scratch.parts.length;
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) serve({ id: served });
}

function teardown() {
  retryQueue.length = 0;
}

module.exports = { setup, action, teardown };
