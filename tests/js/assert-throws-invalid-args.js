// Argument errors of throws/doesNotThrow: fn not a function, error of a wrong type, a string error with a
// message too, and ERR_AMBIGUOUS_ARGUMENT when the string equals the thrown message.
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
show('not fn', function () { assert.throws('nope'); });
show('dnt not fn', function () { assert.doesNotThrow(null); });
show('bad error arg', function () { assert.throws(thrower(new Error('x')), 5); });
show('string and message', function () { assert.throws(thrower(new Error('x')), 'a', 'b'); });
show('ambiguous', function () { assert.throws(thrower(new Error('same')), 'same'); });
show('ambiguous primitive', function () { assert.throws(thrower('same'), 'same'); });
show('dnt bad matcher', function () { assert.doesNotThrow(thrower(new Error('x')), 5); });
