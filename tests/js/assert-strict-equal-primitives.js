// assert.strictEqual on primitives: short values as 'a !== b', longer ones as a +/- diff with a caret
// under the first difference (stderr not a TTY: 80 columns), -0 vs 0, NaN equals NaN (Object.is).
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
show('num', function () { assert.strictEqual(1, 2); });
show('str short', function () { assert.strictEqual('a', 'b'); });
show('str long', function () { assert.strictEqual('hello world', 'hello there'); });
show('str long2', function () { assert.strictEqual('abcdefghijklmnop', 'xyz'); });
show('zero', function () { assert.strictEqual(0, -0); });
show('nan', function () { assert.strictEqual(NaN, NaN); });
show('null undef', function () { assert.strictEqual(null, undefined); });
show('num str', function () { assert.strictEqual(1, '1'); });
show('bool', function () { assert.strictEqual(true, false); });
show('multiline str', function () { assert.strictEqual('a\nb\nc', 'a\nB\nc'); });
show('long', function () { assert.strictEqual('a very long string that is long', 'a very long string that is lung'); });
show('longer than 80', function () { assert.strictEqual(new Array(50).join('ab'), new Array(50).join('ac')); });
show('same', function () { assert.strictEqual('x', 'x'); assert.strictEqual(5, 5); });
var e;
try { assert.strictEqual(1, 2); } catch (x) { e = x; }
console.log(e.actual, e.expected, e.operator, e.generatedMessage);
