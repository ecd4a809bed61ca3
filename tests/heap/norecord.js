// heap-no-record.sh: snapshots without --record, and require('v8').writeHeapSnapshot.
var ls = require('leakscope');
var v8 = require('v8');
global.kept = { tagKept: {} };
var a = ls.snapshot('one');
var b = ls.snapshot();
var file = v8.writeHeapSnapshot('explicit.heapsnapshot');
var dflt = v8.writeHeapSnapshot();
var errors = [];
try { ls.snapshot(42); } catch (e) { errors.push(e.code); }
try { v8.writeHeapSnapshot(42); } catch (e) { errors.push(e.code); }
try { v8.writeHeapSnapshot('no/such/folder/x.heapsnapshot'); } catch (e) {
  errors.push(e.code, e.syscall, e.message);
}
console.log(a, b, file, /^Heap\.\d{8}\.\d{6}\.\d+\.0\.001\.heapsnapshot$/.test(dflt), errors.join(' '));
console.log(typeof v8.getHeapStatistics().used_heap_size);
