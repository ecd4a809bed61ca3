// two-leaks.js — two independent leaks: a per-request 'config' listener on a shared
// emitter, and an unbounded Map of request bodies. Snapshots taken by the app.
'use strict';

const { EventEmitter } = require('events');

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const configBus = new EventEmitter();
configBus.setMaxListeners(0);
const bodiesById = new Map();

function handle(id) {
  bodiesById.set(id, { id, body: 'payload-' + id, parsed: { ok: true } });
  configBus.on('config', function applyConfig(c) { return c[id]; });
}

for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 50; i++) handle(`r${round}-${i}`);
  snap('round ' + round);
}
