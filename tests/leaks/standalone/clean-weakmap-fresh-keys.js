// clean-weakmap-fresh-keys.js (clean) — a memoiser caches results in a WeakMap keyed
// by the options object; every caller passes a fresh options literal, so the memo
// never hits and grows by an entry a call — but the keys are garbage once the call
// returns, so the entries go with them. Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

function memoizeByOptions(fn) {
  const memo = new WeakMap();
  return (opts) => {
    if (!memo.has(opts)) memo.set(opts, fn(opts));
    return memo.get(opts);
  };
}

const formatPrice = memoizeByOptions((opts) => ({ text: opts.currency + ' ' + opts.amount.toFixed(2), parts: [opts.currency, opts.amount] }));

let total = 0;
for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 200; i++) total += formatPrice({ currency: 'EUR', amount: i / 3 }).text.length;
  snap('round ' + round);
}
