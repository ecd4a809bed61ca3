// every-other-round.js — a metrics exporter that records a histogram snapshot only on
// even rounds (odd rounds only read), and keeps all recorded histograms in a list
// nothing trims. The leak grows in every other interval between the app's snapshots.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const histogramHistory = [];
let reads = 0;

function recordHistograms(round) {
  for (let i = 0; i < 50; i++)
    histogramHistory.push({ round, bucket: i, counts: [i, i + 1, i + 2, i + 3] });
}

for (let round = 0; round < 8; round++) {
  if (round % 2 === 0) recordHistograms(round);
  else reads += histogramHistory.length;
  snap('round ' + round);
}
console.log('reads', reads);
