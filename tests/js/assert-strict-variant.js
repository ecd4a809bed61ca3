// assert.strict and require('assert/strict'): the same object, whose equal/deepEqual/notEqual/notDeepEqual
// are the strict checks; strict() itself is ok().
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
var strict = require('assert/strict');
var nstrict = require('node:assert/strict');
console.log(strict === assert.strict, nstrict === strict, strict.strict === strict);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual);
console.log(strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(strict.AssertionError === assert.AssertionError, strict.throws === assert.throws);
console.log(typeof strict.ok, strict.ok === assert.ok, typeof strict.strictEqual, typeof strict.rejects);
console.log(require('assert') === require('node:assert'), assert.equal !== strict.equal);
show('equal', function () { strict.equal(1, '1'); });
show('deepEqual', function () { strict.deepEqual({a: 1}, {a: '1'}); });
show('notEqual', function () { strict.notEqual(1, '1'); });
show('notDeepEqual', function () { strict.notDeepEqual([1], [1]); });
show('strict fn', function () { strict(0); });
show('strict.strict', function () { strict.strict(''); });
