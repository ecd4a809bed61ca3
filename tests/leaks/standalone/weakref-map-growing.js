// weakref-map-growing.js — a lookup table of WeakRefs to request contexts, keyed by
// request id; the contexts die after each request (the WeakRefs do their job), but
// nothing ever deletes the table's entries: the Map of emptied WeakRefs grows by an
// entry per request. The leak is the Map (its entries), not the contexts, which are
// only weakly held. Snapshots taken by the app, a turn after each round.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const contexts = new Map();	// request id -> WeakRef(context)
let nextId = 0;

function handle(path) {
  const ctx = { id: ++nextId, path, started: Date.now(), headers: { host: 'localhost', accept: '*/*' } };
  contexts.set(ctx.id, new WeakRef(ctx));
  return ctx.path.length + ctx.headers.host.length;
}

function lookup(id) {
  const ref = contexts.get(id);
  return ref === undefined ? undefined : ref.deref();
}

let total = 0, r = 0;
function next() {
  if (r === 8) {
    console.log('handled', nextId, total > 0, lookup(1) === undefined);
    return;
  }
  r++;
  for (let i = 0; i < 300; i++) total += handle('/item/' + i);
  setTimeout(() => setImmediate(() => { snap('round ' + r); next(); }), 5);
}
next();
