// clean-bounded.js — steady state three ways: a Map capped at 50 entries (oldest out),
// listeners added and removed per request, and large temporary garbage.
'use strict';
const EventEmitter = require('events');

const recent = new Map();
const bus = new EventEmitter();
let n = 0;

function request() {
  const id = n++;
  recent.set(id, { id, body: [id, id + 1] });
  if (recent.size > 50) recent.delete(recent.keys().next().value);
  const onDone = () => id;
  bus.on('done', onDone);
  const scratch = [];
  for (let i = 0; i < 100; i++) scratch.push({ i });
  bus.emit('done');
  bus.removeListener('done', onDone);
}

module.exports = {
  setup() { return Promise.resolve(); },
  action() { for (let i = 0; i < 100; i++) request(); return Promise.resolve(); },
  teardown() { recent.clear(); }
};
