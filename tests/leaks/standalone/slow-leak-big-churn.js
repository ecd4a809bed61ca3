// slow-leak-big-churn.js — a report generator that builds and throws away a large
// working set every round (thousands of rows), and also appends three audit entries per
// round to a module-level audit trail that is never trimmed: a slow leak under heavy
// steady churn. Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const auditTrail = [];
let current = null;

function buildReport(round) {
  const rows = [];
  for (let i = 0; i < 3000; i++) rows.push({ id: i, name: 'row' + i, value: i * round });
  current = { round, rows, total: rows.length };
  for (let k = 0; k < 3; k++) auditTrail.push({ round, step: k, by: 'scheduler' });
}

for (let round = 0; round < 6; round++) {
  buildReport(round);
  snap('round ' + round);
}
console.log(current.total, auditTrail.length);
