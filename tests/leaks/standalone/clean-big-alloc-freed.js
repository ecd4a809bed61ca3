// clean-big-alloc-freed.js (clean) — an importer loads a large batch (20,000 rows) into
// memory once, processes it over two rounds, then drops it; the heap jumps up at round
// 1 and comes back down at round 3. A one-time allocation that is freed later is not a
// leak. Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

let importBatch = null;
let imported = 0;

function loadBatch() {
  const rows = [];
  for (let i = 0; i < 20000; i++) rows.push({ id: i, sku: 'sku-' + i, qty: i % 7 });
  return rows;
}

function process1(rows, from, to) {
  for (let i = from; i < to; i++) imported += rows[i].qty;
}

for (let round = 0; round < 6; round++) {
  if (round === 1) importBatch = loadBatch();
  if (round === 1 || round === 2) process1(importBatch, (round - 1) * 10000, round * 10000);
  if (round === 3) importBatch = null;
  snap('round ' + round);
}
