// ledger-fast-growth.js — a fast leak: an in-memory ledger appends every posting to a
// per-account history in a Map (ten accounts), for a balance-history endpoint that only
// ever reads the last 20; nothing trims them. 3,000 postings a round. Snapshots taken by
// the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

class Ledger {
  constructor() {
    this.balances = new Map();
    this.history = new Map();
  }
  post(account, amount, ref) {
    const balance = (this.balances.get(account) || 0) + amount;
    this.balances.set(account, balance);
    if (!this.history.has(account)) this.history.set(account, []);
    this.history.get(account).push({ ref, amount, balance });
  }
  recent(account) {
    return (this.history.get(account) || []).slice(-20);
  }
}

const ledger = new Ledger();

for (let round = 0; round < 6; round++) {
  for (let i = 0; i < 3000; i++) ledger.post('acct-' + (i % 10), (i % 7) - 3, `tx-${round}-${i}`);
  snap('round ' + round);
}
console.log(ledger.recent('acct-3').length, ledger.balances.get('acct-3'));
