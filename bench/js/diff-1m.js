// diff-1m.js — the leak diff benchmark's script (bench/diff.sh): 1,000,000 small objects
// {x: i, s: 'k' + i} held in an array, and three heap snapshots of it; between two
// snapshots a tenth of the objects is replaced (steady state) and 20,000 records are
// added to a Map that is never cleared (the leak the diff must find). The work runs in
// functions, as an app's would, so the module's variables live in its scope.
// Under Node (memlab's side of bench/diff.sh) the snapshots are V8's:
//   node diff-1m.js DIR   writes DIR/s1.heapsnapshot, s2 and s3 (v8.writeHeapSnapshot)
var ls;
try {
  ls = require('leakscope');
} catch (e) {
  ls = { snapshot: function (name) {
    require('v8').writeHeapSnapshot(require('path').join(process.argv[2] || '.', name + '.heapsnapshot'));
  } };
}
var a = [];
var sessions = new Map();
var n = 0;

function fill() {
  for (var i = 0; i < 1000000; i++) a.push({ x: i, s: 'k' + i });
}

function step(k) {
  for (var i = (k - 1) * 100000; i < k * 100000; i++) a[i] = { x: -i, s: 'r' + i };
  for (i = 0; i < 20000; i++, n++) sessions.set('s' + n, { id: n, roles: ['reader'] });
}

fill();
ls.snapshot('s1');
step(1);
ls.snapshot('s2');
step(2);
ls.snapshot('s3');
