// assert.equal/notEqual use == (NaN equals NaN); failures read 'a == b' / 'a != b' with inspected values.
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
show('eq', function () { assert.equal(1, 2); });
show('eq ok', function () { assert.equal(1, '1'); assert.equal(null, undefined); assert.equal(NaN, NaN); });
show('eq obj', function () { assert.equal({a: 1}, {a: 1}); });
show('eq str', function () { assert.equal('x', 'y'); });
show('eq arr', function () { assert.equal([1, 2], [1, 2]); });
show('neq', function () { assert.notEqual(1, '1'); });
show('neq nan', function () { assert.notEqual(NaN, NaN); });
show('neq ok', function () { assert.notEqual(1, 2); assert.notEqual({}, {}); });
show('neq null', function () { assert.notEqual(null, undefined); });
