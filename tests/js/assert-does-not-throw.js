// assert.doesNotThrow: 'Got unwanted exception.' with the actual message; a class or RegExp that does not
// match rethrows the original error; a string argument is the message.
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
show('ok', function () { assert.doesNotThrow(function () {}); });
show('fail', function () { assert.doesNotThrow(thrower(new Error('boom'))); });
show('fail msg', function () { assert.doesNotThrow(thrower(new Error('boom')), 'should not'); });
show('class match', function () { assert.doesNotThrow(thrower(new TypeError('boom')), TypeError); });
show('class no match', function () { assert.doesNotThrow(thrower(new TypeError('boom')), RangeError); });
show('regexp', function () { assert.doesNotThrow(thrower(new TypeError('boom')), /boom/, 'msg'); });
show('regexp no match', function () { assert.doesNotThrow(thrower(new TypeError('boom')), /zzz/); });
show('validator', function () { assert.doesNotThrow(thrower(new TypeError('boom')), function () { return true; }); });
show('primitive', function () { assert.doesNotThrow(thrower(7)); });
var e;
try { assert.doesNotThrow(thrower(new Error('z'))); } catch (x) { e = x; }
console.log(e.actual.message, e.expected, e.operator, e.generatedMessage);
