// assert.throws with an object (or Error instance) to match: each key compared deep-strictly (RegExp values
// test strings); a mismatch shows a diff of 'Comparison' objects; an empty object is ERR_INVALID_ARG_VALUE.
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
function thrower(err) { return function () { throw err; }; }
show('obj ok', function () { assert.throws(thrower(new TypeError('bad thing')), { name: 'TypeError', message: 'bad thing' }); });
show('obj fail', function () { assert.throws(thrower(new TypeError('bad thing')), { name: 'TypeError', message: 'good thing' }); });
show('obj regexp', function () { assert.throws(thrower(new TypeError('bad thing')), { message: /bad/ }); });
show('obj regexp fail', function () { assert.throws(thrower(new TypeError('bad thing')), { message: /good/, name: 'TypeError' }); });
show('obj code', function () { var e = new Error('x'); e.code = 'E1'; assert.throws(thrower(e), { code: 'E2' }); });
show('obj missing key', function () { assert.throws(thrower(new Error('x')), { code: 'E2' }); });
show('obj nested', function () { var e = new Error('x'); e.info = { a: [1] }; assert.throws(thrower(e), { info: { a: [1] } }); });
show('obj custom msg', function () { assert.throws(thrower(new Error('x')), { message: 'y' }, 'custom'); });
show('obj empty', function () { assert.throws(thrower(new Error('x')), {}); });
show('obj primitive actual', function () { assert.throws(thrower('str'), { message: 'x' }); });
show('error instance', function () { assert.throws(thrower(new TypeError('x')), new TypeError('x')); });
show('error instance fail', function () { assert.throws(thrower(new TypeError('x')), new RangeError('x')); });
var e;
try { assert.throws(thrower(new Error('x')), { message: 'y' }); } catch (x) { e = x; }
console.log(e.actual instanceof Error, e.expected.message, e.operator, e.generatedMessage);
