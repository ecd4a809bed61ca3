// cache-set-objects.js — duplicate suppression: every processed message object is added
// to a Set of seen messages so that a retry is recognised, and nothing is ever deleted.
'use strict';

const seenMessages = new Set();
let next = 0;

function processMessage(msg) {
  if (seenMessages.has(msg)) return false;
  seenMessages.add(msg);
  return true;
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) {
    const n = next++;
    processMessage({ id: n, topic: 'orders.' + (n % 5), body: 'message body ' + n, attempts: [n] });
  }
}

function teardown() {
  seenMessages.clear();
}

module.exports = { setup, action, teardown };
