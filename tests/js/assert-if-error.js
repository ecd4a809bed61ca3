// assert.ifError: passes for null/undefined, otherwise 'ifError got unwanted exception: ...' (message,
// constructor name for an empty message, inspect() for non-errors); actual is the value.
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
show('null', function () { assert.ifError(null); assert.ifError(undefined); });
show('err', function () { assert.ifError(new Error('bad')); });
show('empty', function () { assert.ifError(new TypeError('')); });
show('str', function () { assert.ifError('oops'); });
show('num', function () { assert.ifError(0); });
show('false', function () { assert.ifError(false); });
show('obj', function () { assert.ifError({ message: 'm' }); });
var e;
try { assert.ifError(new Error('origin')); } catch (x) { e = x; }
console.log(e.actual instanceof Error, e.actual.message, e.expected, e.operator);
console.log(e.stack.split('\n')[0]);
