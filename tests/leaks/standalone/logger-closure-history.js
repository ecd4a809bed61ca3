// logger-closure-history.js — a factory returns a logger whose internal history array
// lives in the factory's closure scope (not a module variable); the logger keeps every
// line. Run with --snapshot-at-exit besides its own snapshots: the one at exit comes after
// the top level is released, and diff leaves it out (it has three or more others).
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

function createLogger(prefix) {
  const lines = [];
  return {
    log(msg) {
      lines.push({ prefix, msg, level: 'info' });
    },
    count: () => lines.length,
  };
}

const appLogger = createLogger('app');
for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 100; i++) appLogger.log('handled job ' + (round * 100 + i));
  snap('round ' + round);
}
console.log(appLogger.count());
