// deepStrictEqual failures show Node's '+ actual - expected' line diff of the two inspected values
// (sorted keys, one item per line): changed, extra and missing keys, arrays, nested values, types.
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
show('obj', function () { assert.deepStrictEqual({a: 1, b: 2}, {a: 1, b: 3}); });
show('nested', function () { assert.deepStrictEqual({a: {b: {c: [1, 2, 3]}}}, {a: {b: {c: [1, 2, 4]}}}); });
show('extra key', function () { assert.deepStrictEqual({a: 1, b: 2}, {a: 1}); });
show('missing key', function () { assert.deepStrictEqual({a: 1}, {a: 1, b: 2}); });
show('arr len', function () { assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9]); });
show('type', function () { assert.deepStrictEqual([1], ['1']); });
show('same', function () { assert.deepStrictEqual({a: [1, {b: 2}]}, {a: [1, {b: 2}]}); });
show('proto', function () { assert.deepStrictEqual(Object.create(null), {}); });
show('date', function () { assert.deepStrictEqual(new Date(0), new Date(1)); });
show('regexp', function () { assert.deepStrictEqual(/a/g, /a/i); });
show('err', function () { assert.deepStrictEqual(new Error('a'), new Error('b')); });
show('str', function () { assert.deepStrictEqual('abc', 'abd'); });
show('undefined prop', function () { assert.deepStrictEqual({a: undefined}, {}); });
show('sparse', function () { assert.deepStrictEqual([1, , 3], [1, undefined, 3]); });
show('boxed', function () { assert.deepStrictEqual(new Number(1), new Number(2)); });
show('nested arrays', function () { assert.deepStrictEqual([[1, 2], [3, 4]], [[1, 2], [3, 5]]); });
var e;
try { assert.deepStrictEqual([1], [2]); } catch (x) { e = x; }
console.log(e.actual, e.expected, e.operator);
