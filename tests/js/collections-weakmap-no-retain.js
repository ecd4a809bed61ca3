// A WeakMap must not keep its keys (or their values) alive. The collector is run with
// gc() when there is one (node: exposed through v8/vm; leakscope: --expose-gc), else by
// allocation pressure; if neither measures, the measured lines print true anyway.
var leakscope = !!process.versions.leakscope;
var gcFn = typeof gc === 'function' ? gc : null;
if (!gcFn && !leakscope) {
  try {
    require('v8').setFlagsFromString('--expose_gc');
    gcFn = require('vm').runInNewContext('gc');
  } catch (e) {}
}
var measure = gcFn !== null || leakscope;
function used() { return process.memoryUsage().heapUsed; }
function collect() {
  if (gcFn) { gcFn(); return; }
  // leakscope without --expose-gc: allocation pressure runs the collector
  for (var i = 0; i < 300000; i++) { var o = { a: i }; o = null; }
}
function big(n) { var a = []; for (var i = 0; i < n; i++) a.push({ i: i, s: 'v' + i }); return a; }

collect();
var base = used();
var wm = new WeakMap();
var keys = [];
for (var i = 0; i < 200; i++) { var k = {}; keys.push(k); wm.set(k, big(200)); }
collect();
var grown = used();
var growth = grown - base;
console.log('values held while keys live:', !measure || growth > 1024 * 1024);
console.log('lookups:', wm.get(keys[10]).length === 200 && wm.has(keys[199]));
keys = null;
collect();
collect();
var dropped = used();
console.log('released after keys die:', !measure || dropped < base + growth / 4);
console.log('weakmap still usable:', wm.has({}) === false);

// A Map, in contrast, keeps them.
var m = new Map();
var ks = [];
for (i = 0; i < 200; i++) { var k2 = {}; ks.push(k2); m.set(k2, big(200)); }
ks = null;
collect();
collect();
console.log('map keeps entries:', !measure || used() > dropped + growth / 2, m.size);
