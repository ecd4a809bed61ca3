// script-top-level-loop.js — the quickest repro a user writes: no server, no function,
// a loop at the top level that "handles" orders and snapshots after each batch. A
// module whose top level defines no function keeps its variables on mujs's value stack
// (no scope object), so the report must still name them.
'use strict';

const leakscope = require('leakscope');
const ordersById = [];
let id = 1000;

for (let batch = 0; batch < 4; batch++) {
  for (let i = 0; i < 120; i++) {
    id += 7;
    ordersById[id] = { id: id, items: ['sku-' + (id % 40), 1], total: id % 300 };
  }
  leakscope.snapshot('batch-' + batch);
}
