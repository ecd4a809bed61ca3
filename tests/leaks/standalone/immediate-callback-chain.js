// immediate-callback-chain.js — a write-behind buffer flushes on setImmediate and
// composes "after flush" callbacks: each write wraps the previous onFlushed in a new
// closure (prev(); then its own) and the wrapper is never reset after a flush, so
// every write's closure, and the record it captures, stays reachable through the
// chain. Uses process.nextTick and setImmediate; snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

let onFlushed = () => {};
let buffered = [];
let scheduled = false;
let acknowledged = 0;

function write(record) {
  buffered.push(record);
  const prev = onFlushed;
  onFlushed = () => {
    prev();
    record.acked = true;
  };
  if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
}

function flush() {
  scheduled = false;
  const batch = buffered;
  buffered = [];
  process.nextTick(() => {
    acknowledged += batch.length;
  });
}

async function main() {
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < 50; i++) {
      write({ key: 'k' + round + '-' + i, value: { n: i, tags: ['a', 'b'] } });
      if (i % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
    }
    await new Promise((resolve) => setImmediate(resolve));
    snap('round ' + round);
  }
}

main();
