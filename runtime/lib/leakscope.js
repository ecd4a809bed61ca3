'use strict';
// leakscope — the runtime's own module, for apps under diagnosis.
//
// Module wrapper: function (exports, require, module, binding).
//
//   snapshot([label]) -> id   takes a heap snapshot now and returns its id in the
//                              recording (`leakscope snapshots DB` lists it). Without
//                              --record it records into leakscope-<pid>.db and says so
//                              once on stderr. The app is paused only for the walk; the
//                              snapshot is written to the database off the JS thread.
//   gc()                       a full collection now.

var invalidArgType = require('internal/errors').invalidArgType;
var heap = binding.heap;

function snapshot(label) {
  if (label !== undefined && typeof label !== 'string')
    throw invalidArgType('label', 'string', label);
  return heap.snapshot(label === undefined ? '' : label);
}

function gc() {
  binding.gc();
}

exports.snapshot = snapshot;
exports.gc = gc;
