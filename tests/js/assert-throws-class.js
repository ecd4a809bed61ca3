// assert.throws with an error class: instanceof passes; another class fails with 'The error is expected
// to be an instance of ...' (and the error's message); no throw is 'Missing expected exception'.
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
function MyError(msg) { this.message = msg; }
MyError.prototype = Object.create(Error.prototype);
MyError.prototype.constructor = MyError;
MyError.prototype.name = 'MyError';
show('class ok', function () { assert.throws(thrower(new TypeError('x')), TypeError); });
show('class ok Error', function () { assert.throws(thrower(new TypeError('x')), Error); });
show('class wrong', function () { assert.throws(thrower(new Error('oops')), TypeError); });
show('class wrong no message', function () { assert.throws(thrower(new RangeError('')), TypeError); });
show('class primitive', function () { assert.throws(thrower('a string'), TypeError); });
show('class object', function () { assert.throws(thrower({a: 1}), RangeError); });
show('class AssertionError', function () { assert.throws(function () { assert.strictEqual(1, 2); }, assert.AssertionError); });
show('missing', function () { assert.throws(function () {}); });
show('missing class', function () { assert.throws(function () {}, TypeError); });
show('missing msg', function () { assert.throws(function () {}, 'should throw'); });
show('missing class msg', function () { assert.throws(function () {}, TypeError, 'should throw'); });
show('es5 class ok', function () { assert.throws(thrower(new MyError('e')), MyError); });
show('es5 class as validator', function () { assert.throws(thrower(new Error('e')), MyError); });
show('returns undefined', function () { console.log(assert.throws(thrower(new Error('x')))); });
var e;
try { assert.throws(function () {}, TypeError); } catch (x) { e = x; }
console.log(e.actual, e.expected === TypeError, e.operator);
