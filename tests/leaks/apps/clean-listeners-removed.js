// clean-listeners-removed.js — each request subscribes to a long-lived bus while it is
// in progress and removes exactly the same function when it finishes.
'use strict';
const EventEmitter = require('events');

const statusBus = new EventEmitter();
let done = 0;

function handle(req) {
  const onStatus = function (s) {
    req.status = s;
  };
  statusBus.on('status', onStatus);
  statusBus.emit('status', 'working on ' + req.id);
  statusBus.removeListener('status', onStatus);
  done++;
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) handle({ id: done, body: { lines: [done, 1, 2], note: 'request ' + done } });
}

function teardown() {}

module.exports = { setup, action, teardown };
