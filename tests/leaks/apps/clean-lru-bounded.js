// clean-lru-bounded.js — an LRU cache of at most 100 entries (a Map in recency order:
// a hit moves the key to the end, an insert past capacity evicts the oldest). Every
// action asks for 200 distinct keys, so the cache turns over completely: steady state.
'use strict';

class LRU {
  constructor(capacity) {
    this.capacity = capacity;
    this.map = new Map();
  }
  get(key, load) {
    if (this.map.has(key)) {
      const v = this.map.get(key);
      this.map.delete(key);
      this.map.set(key, v);
      return v;
    }
    const v = load(key);
    this.map.set(key, v);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value);
    return v;
  }
}

const productCache = new LRU(100);
let next = 0;

function loadProduct(id) {
  return { id: id, title: 'Product ' + id, price: (id * 7) % 300, images: ['/p/' + id + '.jpg'] };
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) {
    const n = next++;
    productCache.get(n, loadProduct);
    if (n % 4 === 0) productCache.get(n - 1, loadProduct);      // some hits too
  }
}

function teardown() {}

module.exports = { setup, action, teardown };
