// The two-value checks need both arguments: ERR_MISSING_ARGS ('The "actual" and "expected" arguments
// must be specified'), a TypeError; an explicit undefined counts as given.
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
var names = ['equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual',
  'strictEqual', 'notStrictEqual'];
names.forEach(function (name) {
  show(name + ' ()', function () { assert[name](); });
  show(name + ' (1)', function () { assert[name](1); });
});
show('strictEqual explicit undefined', function () { assert.strictEqual(undefined, undefined); });
var e;
try { assert.equal(1); } catch (x) { e = x; }
console.log(e instanceof TypeError, String(e));
