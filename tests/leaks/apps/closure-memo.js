// closure-memo.js — memoize() returns a closure whose scope keeps a memo object keyed by
// the argument; the memoized function is called with a fresh key per request (a
// timestamped query), so the memo never hits and never stops growing.
'use strict';

const memoize = (fn) => {
  const memo = {};
  return (key) => {
    if (!(key in memo)) memo[key] = fn(key);
    return memo[key];
  };
};

const renderQuery = memoize((q) => ({ sql: 'SELECT * FROM items WHERE ' + q, plan: [q.length, 1, 2] }));
let next = 0;

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) {
    const n = next++;
    renderQuery(`owner = ${n % 40} AND created > ${1700000000 + n}`);
  }
}

function teardown() {}

module.exports = { setup, action, teardown };
