// timestamp-key-cache.js — a report service caches rendered reports under a key built
// from the user and the request time ('user:1732690000123'), so no key is ever asked
// for twice and nothing evicts: the Map grows by an entry per request. Snapshots taken
// by the app after each round.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const reportCache = new Map();
let clock = Date.now();

function render(user) {
  return { user, rows: [user.length, 2, 3], html: '<table>' + user + '</table>' };
}

function getReport(user) {
  const key = user + ':' + clock++;
  let report = reportCache.get(key);
  if (!report) {
    report = render(user);
    reportCache.set(key, report);
  }
  return report;
}

for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 60; i++) getReport('user' + (i % 10));
  snap('round ' + round);
}
