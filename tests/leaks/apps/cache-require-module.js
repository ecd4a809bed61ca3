// cache-require-module.js — looks profiles up through a helper module that it requires
// on every request (require() returns the cached module) and keeps no reference to:
// the growing Map is reachable only through require.cache -> profile-store.js.
'use strict';

let next = 0;

function handle(req) {
  return require('./lib/profile-store').remember(req.userId).name;
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) handle({ userId: next++ });
}

function teardown() {
  require('./lib/profile-store').reset();
}

module.exports = { setup, action, teardown };
