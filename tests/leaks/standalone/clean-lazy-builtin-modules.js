// clean-lazy-builtin-modules.js (clean) — a maintenance job requires the built-in
// modules a round needs only when it first needs them: the runtime's registry of
// built-in modules grows between snapshots, by whole modules, and stops when none is
// left to load. Not a leak (it was flagged as a growing cache before the diff knew the
// registry). Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const rounds = [
  ['assert', 'cluster'], ['dns', 'worker_threads'], ['perf_hooks', 'v8'],
  ['readline', 'child_process'], ['async_hooks', 'zlib'], ['http', 'crypto'],
];

let loaded = 0;
for (let round = 0; round < rounds.length; round++) {
  for (const name of rounds[round]) if (typeof require(name) === 'object') loaded++;
  snap('round ' + round);
}
console.log('loaded', loaded);
