// matrix-rows.js — a sensor aggregator appends one row (an array of 16 readings) per
// tick to a matrix it keeps for a moving average, but only ever reads the last 5 rows
// and never drops old ones: an array of arrays growing by a row a tick. Snapshots by
// the app after each round.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const readings = [];

function tick(t) {
  const row = [];
  for (let s = 0; s < 16; s++) row.push(Math.sin(t + s) * 100);
  readings.push(row);
  const last = readings.slice(-5);
  return last.reduce((a, r) => a + r[0], 0) / last.length;
}

let t = 0;
for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 40; i++) tick(t++);
  snap('round ' + round);
}
