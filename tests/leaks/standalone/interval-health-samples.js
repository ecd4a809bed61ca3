// interval-health-samples.js — a health monitor samples the process every 5 ms with
// setInterval and pushes each sample into a module-level array that a dashboard was
// meant to trim; nothing does. The app takes a snapshot each time 25 more samples have
// been taken (main awaits them), so every interval holds the same work.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const healthSamples = [];
let waiter = null;

const poller = setInterval(() => {
  const mem = process.memoryUsage();
  healthSamples.push({ seq: healthSamples.length, rss: mem.rss, heapUsed: mem.heapUsed, tags: ['api', 'eu-west'], note: 'ok' });
  if (waiter && healthSamples.length >= waiter.target) {
    const w = waiter;
    waiter = null;
    w.resolve();
  }
}, 5);

function samplesReach(target) {
  return new Promise((resolve) => {
    waiter = { target, resolve };
  });
}

async function main() {
  for (let round = 1; round <= 6; round++) {
    await samplesReach(round * 25);
    snap('samples ' + healthSamples.length);
  }
  clearInterval(poller);
  console.log(healthSamples.length >= 150);
}

main();
