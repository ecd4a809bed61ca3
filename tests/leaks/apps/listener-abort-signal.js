// listener-abort-signal.js — every connection registers an 'abort' listener on the
// service's one long-lived AbortSignal (to close itself at shutdown) and never removes
// it when the connection ends: an EventTarget's listener list, not an EventEmitter's.
'use strict';

const shutdownController = new AbortController();
let next = 0;

function accept(id) {
  const conn = { id: id, peer: 'peer-' + (id % 13), buffers: [id, 'open'] };
  shutdownController.signal.addEventListener('abort', function closeConnection() {
    conn.closed = true;
  });
  return conn;
}

function setup() {}

function action() {
  for (let i = 0; i < 150; i++) accept(next++);
}

function teardown() {
  shutdownController.abort();
}

module.exports = { setup, action, teardown };
