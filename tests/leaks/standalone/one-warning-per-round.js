// one-warning-per-round.js — a slow leak: a deprecation helper remembers every warning
// it has printed so it prints each only once, but each warning's text carries the
// caller's request id, so the "seen" list gets one new entry (with its captured stack)
// per round while thousands of short-lived rows come and go. Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const seenWarnings = [];

function deprecate(message) {
  if (seenWarnings.some((w) => w.message === message)) return;
  seenWarnings.push({ message, stack: new Error(message).stack, firstSeen: seenWarnings.length });
}

function handleBatch(round) {
  const rows = [];
  for (let i = 0; i < 2000; i++) rows.push({ id: i, sku: 'sku-' + i, qty: (i * round) % 7 });
  deprecate(`Batch ${round}: option 'legacyPricing' is deprecated and will be removed in v5; ` +
    'set pricing: "v2" in the batch config instead (see the migration guide, section 4.2)');
  return rows.reduce((s, r) => s + r.qty, 0);
}

let total = 0;
for (let round = 0; round < 8; round++) {
  total += handleBatch(round);
  snap('round ' + round);
}
console.log(total, seenWarnings.length);
