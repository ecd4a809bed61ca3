// global-request-log.js — every request is appended to a log hung on the global object.
'use strict';

globalThis.requestLog = [];

function handle(n) {
  const entry = { path: '/item/' + n, status: 200, sizes: [n % 7, n % 11] };
  globalThis.requestLog.push(entry);
}

let n = 0;
module.exports = {
  action() { for (let i = 0; i < 100; i++) handle(n++); },
  teardown() { globalThis.requestLog = null; }
};
