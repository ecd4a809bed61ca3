// assert.strictEqual on objects and functions: 'Expected "actual" to be reference-equal to "expected"'
// with the inspected diff, or 'Values have same structure but are not reference-equal' when they look alike.
var assert = require('assert');
function show(label, f) {
  try {
    f();
    console.log(label + ": no error");
  } catch (e) {
    console.log(label + ": " + e.name + " " + e.code + " " + e.operator + " " + e.generatedMessage);
    console.log(e.message);
  }
}
show('obj same shape', function () { assert.strictEqual({a: 1}, {a: 1}); });
show('obj diff', function () { assert.strictEqual({a: 1}, {a: 2}); });
show('arr', function () { assert.strictEqual([1, 2, 3], [1, 2, 4]); });
show('fn', function () { assert.strictEqual(function a() {}, function b() {}); });
show('obj vs prim', function () { assert.strictEqual({a: 1}, 1); });
show('same ref', function () { var o = {}; assert.strictEqual(o, o); });
show('nested', function () { assert.strictEqual({a: {b: [1, 2]}}, {a: {b: [1, 2]}}); });
