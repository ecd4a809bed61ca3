// clean-weakmap-short-lived.js — per-request metadata in a WeakMap keyed by the request
// object: when the request is done and dropped, its entry goes with it.
'use strict';

const requestMeta = new WeakMap();
let next = 0;

function handle(req) {
  requestMeta.set(req, { started: req.id, trace: ['accept', 'parse', 'route'], user: 'u' + (req.id % 30) });
  return requestMeta.get(req).trace.length;
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) handle({ id: next++, url: '/x/' + next });
}

function teardown() {}

module.exports = { setup, action, teardown };
