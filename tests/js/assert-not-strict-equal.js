// notStrictEqual / notDeepStrictEqual failures: the single value after 'Expected "actual" ...', on the
// same line when short, below it when longer or multi-line.
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
show('ns', function () { assert.notStrictEqual(1, 1); });
show('ns str', function () { assert.notStrictEqual('hello world', 'hello world'); });
show('ns obj', function () { var o = {a: 1}; assert.notStrictEqual(o, o); });
show('ns big', function () { var o = {a: 1, b: [1, 2]}; assert.notStrictEqual(o, o); });
show('ns fn', function () { assert.notStrictEqual(show, show); });
show('ns ok', function () { assert.notStrictEqual(0, -0); assert.notStrictEqual({}, {}); });
show('ndse', function () { assert.notDeepStrictEqual({a: 1}, {a: 1}); });
show('ndse prim', function () { assert.notDeepStrictEqual(1, 1); });
show('ndse arr', function () { assert.notDeepStrictEqual([1, 2, 3], [1, 2, 3]); });
show('ndse ok', function () { assert.notDeepStrictEqual({a: 1}, {a: '1'}); });
