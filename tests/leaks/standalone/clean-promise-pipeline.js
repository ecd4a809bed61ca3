// clean-promise-pipeline.js (clean) — an async pipeline of awaits and promise chains per
// item, with results summed and dropped; a retry helper schedules timers that all fire.
// Snapshots taken by the app after each batch.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function withRetry(fn, tries = 2) {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (i >= tries) throw e;
      await sleep(1);
    }
  }
}

let attempts = 0;
async function processItem(n) {
  const item = await Promise.resolve({ n, body: 'item-' + n });
  const v = await withRetry(async () => {
    if (++attempts % 5 === 0) throw new Error('flaky');
    return item.body.length;
  });
  return v;
}

async function main() {
  let total = 0;
  for (let batch = 0; batch < 5; batch++) {
    const values = await Promise.all(Array.from({ length: 80 }, (_, i) => processItem(batch * 80 + i)));
    total += values.reduce((a, b) => a + b, 0);
    snap('batch ' + batch);
  }
  console.log('total', total);
}

main();
