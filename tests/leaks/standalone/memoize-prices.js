// memoize-prices.js — a generic memoize() helper whose Map lives in the closure it
// returns; the memoized function is called with a timestamp among its arguments, so
// every call is a miss and the memo grows forever. A batch job that snapshots itself.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

function memoize(fn) {
  const memo = new Map();
  return (...args) => {
    const key = JSON.stringify(args);
    if (!memo.has(key)) memo.set(key, fn(...args));
    return memo.get(key);
  };
}

const quote = memoize((symbol, qty, at) => ({ symbol, qty, at, total: qty * symbol.length * 1.5 }));

let tick = 0;
let sum = 0;
for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 150; i++) {
    tick++;
    sum += quote(['ACME', 'INIT', 'BETA'][i % 3], i % 7, tick).total;
  }
  snap('round ' + round);
}
console.log('total', sum > 0);
