// clean-big-constant.js (clean) — a geo lookup service loads a large table at start
// (200,000 entries) and rebuilds a same-sized index every round, replacing the last one:
// big, but constant. Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const geoTable = [];
for (let i = 0; i < 200000; i++) geoTable.push(i * 7);

let index = null;
function rebuildIndex(round) {
  const next = new Map();
  for (let i = 0; i < 2000; i++) next.set('k' + i, { at: geoTable[i * 100], round });
  index = next;
}

for (let round = 0; round < 5; round++) {
  rebuildIndex(round);
  snap('round ' + round);
}
console.log(index.size, geoTable.length);
