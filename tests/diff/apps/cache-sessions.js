// cache-sessions.js — sessions kept in a Map by id, never expired.
'use strict';

const sessions = new Map();

function login(n) {
  const session = { user: 'user-' + n, roles: ['reader'], seen: n };
  sessions.set('s' + n, session);
}

let n = 0;
module.exports = {
  action() { for (let i = 0; i < 100; i++) login(n++); },
  teardown() { sessions.clear(); }
};
