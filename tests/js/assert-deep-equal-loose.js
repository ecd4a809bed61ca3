// deepEqual/notDeepEqual (loose): == for primitives, prototypes ignored; failures read
// 'Expected values to be loosely deep-equal:' ... 'should loosely deep-equal', and notDeepEqual's forms.
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
show('loose ok', function () { assert.deepEqual({a: 1}, {a: '1'}); assert.deepEqual([1, 2], ['1', '2']); });
show('loose proto', function () { assert.deepEqual(Object.create({x: 1}), {}); });
show('loose fail', function () { assert.deepEqual({a: 1}, {a: 2}); });
show('loose fail arr', function () { assert.deepEqual([1, 2, 3], [1, 2]); });
show('loose fail prim', function () { assert.deepEqual(1, 2); });
show('nde', function () { assert.notDeepEqual({a: 1}, {a: '1'}); });
show('nde same', function () { assert.notDeepEqual({a: 1}, {a: 1}); });
show('nde prim', function () { assert.notDeepEqual('a', 'a'); });
show('nde ok', function () { assert.notDeepEqual({a: 1}, {a: 2}); });
