// clean-cache-plateau.js — a product-page cache with a static capacity: entries are kept
// in insertion order in a private Map and the oldest is evicted once #entries.size
// reaches RenderCache.MAX. It fills over the first rounds (growth in every early
// snapshot), then stays at its bound while the keys keep changing. Not a leak.
// Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

class RenderCache {
  static MAX = 300;
  #entries = new Map();
  #hits = 0;
  get(key, render) {
    if (this.#entries.has(key)) {
      this.#hits++;
      return this.#entries.get(key);
    }
    const value = render(key);
    if (this.#entries.size >= RenderCache.MAX) this.#entries.delete(this.#entries.keys().next().value);
    this.#entries.set(key, value);
    return value;
  }
  get stats() {
    return { size: this.#entries.size, hits: this.#hits };
  }
}

const pages = new RenderCache();
const render = (sku) => ({ sku, html: `<h1>${sku}</h1><p>${'in stock '.repeat(4)}</p>`, parts: [sku, 'img', 'price'] });

for (let round = 0; round < 8; round++) {
  // 120 new products a round plus repeat visits of recent ones
  for (let i = 0; i < 120; i++) pages.get(`sku-${round * 120 + i}`, render);
  for (let i = 0; i < 60; i++) pages.get(`sku-${round * 120 + i}`, render);
  snap('round ' + round);
}
console.log(pages.stats.size);
