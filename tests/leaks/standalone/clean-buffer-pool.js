// clean-buffer-pool.js — an encoder reuses 16 KiB Buffers from a pool: acquire() takes
// one from the free list or allocates a new one, release() puts it back unless the pool
// already holds POOL_MAX. A burst of concurrent encodes allocates past the pool; the
// extras are dropped on release. Lots of Buffers, never more than the pool. Not a leak.
// Snapshots taken by the app after each burst.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const POOL_MAX = 8;
const freeBuffers = [];
let allocated = 0;

function acquire() {
  if (freeBuffers.length) return freeBuffers.pop();
  allocated++;
  return Buffer.alloc(16 * 1024);
}

function release(buf) {
  if (freeBuffers.length < POOL_MAX) freeBuffers.push(buf);
}

async function encode(record) {
  const buf = acquire();
  const n = buf.write(JSON.stringify(record));
  await new Promise((resolve) => setImmediate(resolve));
  const out = buf.toString('utf8', 0, n).length;
  release(buf);
  return out;
}

async function main() {
  let bytes = 0;
  for (let burst = 0; burst < 7; burst++) {
    const width = 4 + ((burst * 5) % 12); // 4..15 encodes at once
    for (let k = 0; k < 10; k++) {
      const sizes = await Promise.all(Array.from({ length: width }, (_, i) => encode({ burst, k, i, tags: ['a', 'b'] })));
      bytes += sizes.reduce((a, b) => a + b, 0);
    }
    snap('burst ' + burst);
  }
  console.log(bytes > 0, freeBuffers.length, allocated > POOL_MAX);
}

main();
