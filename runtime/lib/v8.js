'use strict';
// v8 — the parts of Node's v8 module that make sense on mujs.
//
// Module wrapper: function (exports, require, module, binding).
//
// writeHeapSnapshot([filename]) writes a heap snapshot in V8's .heapsnapshot format
// (loads in Chrome DevTools' Memory panel), synchronously like Node's, and returns the
// file name; without one, Node's default name Heap.YYYYMMDD.HHMMSS.PID.TID.SEQ.heapsnapshot
// in the current folder. getHeapStatistics() answers from the runtime's allocator
// counts (mujs has one heap, no spaces). setFlagsFromString() accepts and ignores V8
// flags, as there is no V8.

var getValidatedPath = require('internal/fs/utils').getValidatedPath;
var heap = binding.heap;
var seq = 0;

function pad(n, width) {
  var s = String(n);
  while (s.length < width) s = '0' + s;
  return s;
}

// Node's DiagnosticFilename: Heap.20231012.101010.1234.0.001.heapsnapshot
function defaultName() {
  var d = new Date();
  return 'Heap.' + d.getFullYear() + pad(d.getMonth() + 1, 2) + pad(d.getDate(), 2) +
    '.' + pad(d.getHours(), 2) + pad(d.getMinutes(), 2) + pad(d.getSeconds(), 2) +
    '.' + binding.pid + '.0.' + pad(++seq, 3) + '.heapsnapshot';
}

function writeHeapSnapshot(filename, options) {
  if (filename !== undefined)
    filename = getValidatedPath(filename);
  else
    filename = defaultName();
  heap.writeSnapshot(filename);
  return filename;
}

function getHeapStatistics() {
  var m = binding.memoryUsage();
  var limit = heap.limit();
  return {
    total_heap_size: m.heapTotal,
    total_heap_size_executable: 0,
    total_physical_size: m.heapTotal,
    total_available_size: limit ? Math.max(limit - m.heapUsed, 0) : 0,
    used_heap_size: m.heapUsed,
    heap_size_limit: limit,
    malloced_memory: m.external,
    peak_malloced_memory: m.external,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: m.external
  };
}

function setFlagsFromString(flags) {
  if (typeof flags !== 'string')
    throw require('internal/errors').invalidArgType('flags', 'string', flags);
}

exports.writeHeapSnapshot = writeHeapSnapshot;
exports.getHeapStatistics = getHeapStatistics;
exports.setFlagsFromString = setFlagsFromString;
