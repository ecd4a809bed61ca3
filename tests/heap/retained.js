// Small graphs for hand-computed retained sizes (heap-retained.sh): a diamond
// A -> {B, C} -> D and a cycle X <-> Y reached only through X.
var ls = require('leakscope');
var d = { tagD: {} };
var b = { tagB: {}, d: d };
var c = { tagC: {}, d: d };
global.diamond = { tagA: {}, b: b, c: c };
var x = { tagX: {} };
var y = { tagY: {}, x: x };
x.y = y;
global.cycle = x;
b = c = d = x = y = null;
ls.gc();
console.log(ls.snapshot('shapes'));
