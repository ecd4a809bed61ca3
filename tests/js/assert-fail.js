// assert.fail(): 'Failed'; fail(message); fail(Error) throws it; the deprecated 2-4 argument forms
// ('actual != expected', or the given operator) warn DEP0094 once on stderr.
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
show('fail', function () { assert.fail(); });
show('fail msg', function () { assert.fail('boom'); });
show('fail err', function () { assert.fail(new TypeError('te')); });
show('fail null', function () { assert.fail(null); });
show('fail 2', function () { assert.fail(1, 2); });
show('fail 3', function () { assert.fail(1, 2, undefined); });
show('fail 4', function () { assert.fail(1, 2, undefined, '>'); });
show('fail 3 msg', function () { assert.fail(1, 2, 'three'); });
var e;
try { assert.fail('x'); } catch (x) { e = x; }
console.log(e.actual, e.expected, e.operator, e.generatedMessage);
