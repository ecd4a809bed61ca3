// closure-promise-then.js — requests wait for dbReady before querying, but the database
// connection never comes up and dbReady never settles: every request adds a reaction to
// the same pending promise, and each reaction's closure keeps its request.
'use strict';

let connect;
const dbReady = new Promise((resolve) => { connect = resolve; });
let handled = 0;

function handle(req) {
  dbReady.then(() => {
    return req.query.length + req.params.length;
  });
  handled++;
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) {
    const n = handled;
    handle({ id: n, query: 'select * from t where id = ' + n, params: [n, 'x' + n, n % 3] });
  }
}

function teardown() {
  connect();                            // lets the reactions run and go
}

module.exports = { setup, action, teardown };
