// global-explicit-dict.js — a session table put on the global object on purpose
// ("so every module can see it"), used as a dictionary keyed by session id. Sessions
// are created per login and never expire.
'use strict';

let issued = 0;

function login(user) {
  const sid = 'sid-' + (issued++).toString(36) + '-' + user.length;
  global.sessionsById[sid] = { user: user, roles: ['reader', 'writer'], cart: [], created: issued };
  return sid;
}

function setup() {
  global.sessionsById = {};
}

function action() {
  for (let i = 0; i < 200; i++) login('user' + ((issued * 7) % 1000) + '@example.test');
}

function teardown() {
  delete global.sessionsById;
}

module.exports = { setup, action, teardown };
