// clean-promise-chain-stuck.js (clean) — a serial job queue chains every job onto the
// previous one's promise, and one job returns a promise that never settles, so no later
// job ever runs. It looks like a leak (every job and its payload waits in the chain), but
// nothing holds the pending head: only `tail`, the chain's last promise, is referenced,
// and the earlier links are garbage (Node's heap stays flat as well). Snapshots taken by
// the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

let tail = Promise.resolve();
let ran = 0;

function enqueue(job) {
  tail = tail.then(() => job());
  return tail;
}

function makeJob(id) {
  const payload = { id, rows: new Array(8).fill(id) };
  return () => (id === 5 ? new Promise(() => {}) : (ran += payload.rows.length));
}

async function main() {
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < 40; i++) enqueue(makeJob(round * 40 + i));
    await new Promise((r) => setTimeout(r, 5));
    snap('round ' + round);
  }
  console.log('ran', ran);
}

main();
