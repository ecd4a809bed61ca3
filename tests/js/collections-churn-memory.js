// 1,000,000 set/delete pairs must not grow the heap: holes are compacted. gc() is used
// when there is one (node: exposed through v8/vm; leakscope: --expose-gc).
var gcFn = typeof gc === 'function' ? gc : null;
if (!gcFn && !process.versions.leakscope) {
  try {
    require('v8').setFlagsFromString('--expose_gc');
    gcFn = require('vm').runInNewContext('gc');
  } catch (e) {}
}
function used() { return process.memoryUsage().heapUsed; }
if (gcFn) gcFn();
var m = new Map();
for (var i = 0; i < 1000; i++) m.set('keep' + i, { i: i });
var s = new Set();
if (gcFn) gcFn();
var baseline = used();
for (var j = 0; j < 1000000; j++) {
  m.set(j, j);
  m.delete(j);
}
for (j = 0; j < 100000; j++) {
  s.add('x' + j);
  s.delete('x' + j);
}
if (gcFn) gcFn();
var after = used();
console.log(after < baseline + 2 * 1024 * 1024);
console.log(m.size, s.size, m.get('keep5').i);
