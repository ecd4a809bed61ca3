// assert.ok/assert() on a falsy value quote the failing call from the source file: 'The expression
// evaluated to a falsy value:\n\n  assert.ok(false)\n', multi-line calls re-indented; ok() with no argument,
// a custom message, or an Error as message.
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
show('ok false', function () { assert.ok(false); });
show('assert 0', function () { assert(0); });
show('multi', function () {
  assert.ok(
    null,
    undefined
  );
});
show('msg', function () { assert.ok('', 'custom message'); });
show('none', function () { assert.ok(); });
show('errmsg', function () { try { assert.ok(false, new TypeError('mine')); } catch (e) { console.log(e instanceof TypeError, e.message); throw e; } });
show('typeof', function () { assert(typeof 123 === 'string'); });
show('nested', function () { var x = [1, 2]; assert.ok(x.indexOf(3) >= 0 && x.length > 1); });
show('ok true', function () { assert.ok(1); assert(true); assert.ok('x'); assert({}); });
show('two on a line', function () { assert.ok(true); assert.ok([].length); });
show('quotes', function () { assert.ok("(" === ")"); });
var e;
try { assert(null); } catch (x) { e = x; }
console.log(e.actual, e.expected, e.operator, e instanceof assert.AssertionError);
