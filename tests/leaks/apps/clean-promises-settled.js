// clean-promises-settled.js — every action starts 150 asynchronous lookups, each a
// promise chain with closures over its request; all of them settle before the action's
// promise does, so nothing of them is left.
'use strict';

let next = 0;

function lookup(req) {
  return new Promise((resolve) => setImmediate(() => resolve({ id: req.id, rows: [req.id, 'x'] })))
    .then(function shape(res) {
      return { id: res.id, count: res.rows.length, url: req.url };
    });
}

function setup() {}

function action() {
  const all = [];
  for (let i = 0; i < 150; i++) {
    const n = next++;
    all.push(lookup({ id: n, url: '/lookup/' + n }));
  }
  return Promise.all(all).then((results) => results.length);
}

function teardown() {}

module.exports = { setup, action, teardown };
