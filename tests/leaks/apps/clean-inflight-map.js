// clean-inflight-map.js — in-flight requests are tracked in a Map keyed by request id
// and deleted when their promise settles; each action awaits all of its requests.
'use strict';

const inFlight = new Map();
let next = 0;

function fakeQuery(req) {
  return new Promise((resolve) => setImmediate(() => resolve({ rows: [req.id, req.id + 1] })));
}

function handle(req) {
  inFlight.set(req.id, { req: req, started: next });
  return fakeQuery(req).then((res) => {
    inFlight.delete(req.id);
    return res.rows.length;
  });
}

function setup() {}

function action() {
  const all = [];
  for (let i = 0; i < 200; i++) {
    const n = next++;
    all.push(handle({ id: n, sql: 'select ' + n, params: [n] }));
  }
  return Promise.all(all);
}

function teardown() {}

module.exports = { setup, action, teardown };
