// singleton-module-state.js — an app whose metrics module (lib/metrics-singleton.js)
// exports one shared instance through require's cache; the app and its database helper
// both record into it, and it keeps every sample forever. Snapshots by the app.
'use strict';

const db = require('./lib/db-client');
const metrics = require('./lib/metrics-singleton');
const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

function handle(n) {
  const rows = db.query('SELECT * FROM items WHERE id = ' + n);
  metrics.observe('http.request', rows.length + (n % 5));
}

let n = 0;
for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 60; i++) handle(n++);
  snap('round ' + round + ' p50 ' + metrics.p50('db.query'));
}
