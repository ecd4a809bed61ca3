// A custom message replaces the generated one (generatedMessage false), except that strictEqual and
// deepStrictEqual append their diff to it; an Error as message is thrown as is.
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
show('strictEqual', function () { assert.strictEqual(1, 2, 'boom'); });
show('deepStrictEqual', function () { assert.deepStrictEqual({a: 1}, {a: 2}, 'my message'); });
show('deepEqual', function () { assert.deepEqual({a: 1}, {a: 2}, 'my message'); });
show('equal', function () { assert.equal(1, 2, 'not equal'); });
show('notStrictEqual', function () { assert.notStrictEqual(1, 1, 'same'); });
show('ok', function () { assert.ok(0, 'zero'); });
show('empty message', function () { assert.equal(1, 2, ''); });
show('error message', function () { assert.strictEqual(1, 2, new RangeError('r')); });
show('error message deep', function () { assert.deepEqual(1, 2, new SyntaxError('s')); });
