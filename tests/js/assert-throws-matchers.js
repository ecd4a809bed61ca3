// assert.throws with a RegExp (tested against String(error)) or a validation function (must return
// exactly true), with generated and custom messages.
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
show('regexp ok', function () { assert.throws(thrower(new Error('value 42')), /value \d+/); });
show('regexp fail', function () { assert.throws(thrower(new Error('value x')), /value \d+/); });
show('regexp custom', function () { assert.throws(thrower(new Error('value x')), /value \d+/, 'nope'); });
show('regexp primitive', function () { assert.throws(thrower(42), /^42$/); });
show('fn ok', function () { assert.throws(thrower(new Error('e')), function (e) { return e instanceof Error; }); });
show('fn fail', function () { assert.throws(thrower(new Error('e')), function validate(e) { return false; }); });
show('fn anonymous fail', function () { assert.throws(thrower(new Error('e')), function (e) { return 1; }); });
show('fn primitive', function () { assert.throws(thrower(5), function check(e) { return undefined; }); });
show('fn custom', function () { assert.throws(thrower(5), function check(e) { return 'yes'; }, 'custom'); });
show('fn this', function () { assert.throws(thrower(5), function (e) { return typeof this === 'object' && Object.keys(this).length === 0; }); });
