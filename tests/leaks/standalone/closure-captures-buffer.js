// closure-captures-buffer.js — an upload service keeps, per upload, an "undo" callback
// in a module-level list; the arrow captures the whole upload buffer though it only
// needs its length. Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const undoStack = [];
let stored = 0;

function upload(name, size) {
  const data = Buffer.alloc(size, 1);
  stored += data.length;
  undoStack.push(() => { stored -= data.length; return name; });
}

for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 20; i++) upload(`file-${round}-${i}.bin`, 4096);
  snap('round ' + round);
}
console.log('stored', stored);
