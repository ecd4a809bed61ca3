// closure-timeout-chain.js — each session starts a keep-alive loop: heartbeat() re-arms
// itself with setTimeout and nothing ever stops it, so the number of pending timers
// (each with its session) grows with the sessions opened. No variable of the app holds
// them; only the runtime's timer list does.
'use strict';

let opened = 0;
let stopping = false;

function openSession(id) {
  const session = { id: id, user: 'u' + id, beats: 0, history: [id, 'open'] };
  setTimeout(function heartbeat() {
    session.beats++;
    if (!stopping) setTimeout(heartbeat, 30 * 60 * 1000).unref();
  }, 30 * 60 * 1000).unref();
  opened++;
}

function setup() {}

function action() {
  for (let i = 0; i < 120; i++) openSession(opened);
}

function teardown() {
  stopping = true;          // the pending timeouts stay until the process exits
}

module.exports = { setup, action, teardown };
