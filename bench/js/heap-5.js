// heap-5.js — five heap snapshots of a 1,000,000-object heap, a fifth of the objects
// replaced between snapshots (bench/heap.sh: the database size of a 5-snapshot run).
var ls = require('leakscope');
var a = [];
for (var i = 0; i < 1000000; i++) a.push({ x: i, s: 'k' + i });
global.keep = a;
for (var k = 0; k < 5; k++) {
  ls.snapshot('s' + k);
  for (i = k * 200000; i < (k + 1) * 200000; i++) a[i] = { x: -i, s: 'r' + i };
}
