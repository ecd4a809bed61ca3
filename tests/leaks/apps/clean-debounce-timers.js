// clean-debounce-timers.js — saves are debounced per document: each edit clears the
// document's pending timer and starts a new one. There are only 20 documents, so at
// most 20 timers (and their closures) are pending at any time.
'use strict';

const pendingSaves = new Map();
let next = 0;

function edit(docId, text) {
  const old = pendingSaves.get(docId);
  if (old) clearTimeout(old);
  const draft = { docId: docId, text: text, at: next };
  pendingSaves.set(docId, setTimeout(function save() {
    pendingSaves.delete(draft.docId);
  }, 60 * 1000));
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) {
    const n = next++;
    edit('doc-' + (n % 20), 'revision ' + n);
  }
}

function teardown() {
  for (const t of pendingSaves.values()) clearTimeout(t);
  pendingSaves.clear();
}

module.exports = { setup, action, teardown };
