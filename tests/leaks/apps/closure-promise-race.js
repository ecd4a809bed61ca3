// closure-promise-race.js — every request races its work against a shutdown promise
// that only settles when the service stops: each Promise.race() adds reactions to the
// shutdown promise, which hold the race's promise and its request until shutdown.
'use strict';

let signalShutdown;
const shutdown = new Promise((resolve) => { signalShutdown = resolve; });
let next = 0;

function handle(req) {
  const work = Promise.resolve({ id: req.id, body: 'result-' + req.id, rows: [req.id, 1, 2] });
  return Promise.race([work, shutdown]).then(function deliver(res) {
    return res.id + req.id;
  });
}

function setup() {}

function action() {
  const all = [];
  for (let i = 0; i < 100; i++) all.push(handle({ id: next++, url: '/report/' + next }));
  return Promise.all(all).then(() => undefined);
}

function teardown() {
  signalShutdown({ id: -1 });
}

module.exports = { setup, action, teardown };
