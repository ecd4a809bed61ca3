// clean-lru-class.js (clean) — an LRU cache class (Map in insertion order, evicting the
// oldest past its capacity) in front of an expensive lookup, asked for ever new keys:
// it turns over at its bound and does not grow. Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

class LRUCache {
  #max;
  #map = new Map();
  constructor(max) {
    this.#max = max;
  }
  get(key) {
    if (!this.#map.has(key)) return undefined;
    const v = this.#map.get(key);
    this.#map.delete(key);
    this.#map.set(key, v);
    return v;
  }
  set(key, value) {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.#max) this.#map.delete(this.#map.keys().next().value);
  }
}

const userCache = new LRUCache(100);
function lookup(id) {
  let u = userCache.get(id);
  if (!u) {
    u = { id, name: 'user-' + id, groups: ['a', 'b'] };
    userCache.set(id, u);
  }
  return u;
}

let n = 0;
for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 300; i++) n += lookup(round * 1000 + i).groups.length;
  snap('round ' + round);
}
console.log(n);
