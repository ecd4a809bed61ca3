// seed-listener.js — the seed's scenario 3, "event listeners not removed": each request
// subscribes a callback to a long-lived emitter and forgets
// emitter.removeListener('event', callback). Every callback keeps its request alive.
'use strict';
const EventEmitter = require('events');

const emitter = new EventEmitter();
emitter.setMaxListeners(0);             // the app silenced the warning long ago
let handled = 0;

function handler(req, res) {
  const callback = function () {
    return req.payload.length;
  };
  emitter.on('event', callback);
  // Forgot emitter.removeListener('event', callback);
  res.end(req.id);
}

function setup() {}

function action() {
  const res = { end: function () { handled++; } };
  for (let i = 0; i < 100; i++) {
    const id = handled + i;
    handler({ id: id, payload: { id: id, text: 'payload of request ' + id, lines: [id, id + 1, id + 2] } }, res);
  }
}

function teardown() {
  emitter.removeAllListeners('event');
}

module.exports = { setup, action, teardown };
