// cache-weakmap-long-lived-key.js — annotations are kept in a WeakMap "so they go away
// with their object", but the key is the long-lived app config object: its entry is an
// array that every request appends to. Weak keys do not bound the values.
'use strict';

const annotations = new WeakMap();
const appConfig = { name: 'shop', version: 3 };
let next = 0;

function annotate(target, note) {
  let list = annotations.get(target);
  if (!list) annotations.set(target, list = []);
  list.push(note);
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) {
    const n = next++;
    annotate(appConfig, { seq: n, text: 'config read by request ' + n, flags: [n % 2, n % 3] });
  }
}

function teardown() {
  annotations.delete(appConfig);
}

module.exports = { setup, action, teardown };
