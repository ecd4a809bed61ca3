// closure-required-tracer.js — the app creates one tracer from a helper module; the
// tracer keeps every finished span in its closure's scope, in the helper's file: the
// growth is in another module's function, reached through the app's variable.
'use strict';

const { createTracer } = require('./lib/span-tracer');

const tracer = createTracer('checkout');
let next = 0;

function handle(req) {
  tracer.record('GET ' + req.url, req.id % 40);
  return req.id;
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) {
    const n = next++;
    handle({ id: n, url: '/cart/' + n });
  }
}

function teardown() {
  tracer.reset();
}

module.exports = { setup, action, teardown };
