// new assert.AssertionError(options): an Error with name 'AssertionError', code 'ERR_ASSERTION', a stack
// headed 'AssertionError [ERR_ASSERTION]', the message generated from actual/expected/operator or given.
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
var AE = assert.AssertionError;
var e = new AE({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e instanceof Error, e instanceof AE, e.name, e.code, e.generatedMessage);
console.log(e.message);
console.log(String(e));
console.log(e.stack.split('\n')[0]);
var e2 = new AE({ message: 'custom', actual: 'a', expected: 'b', operator: 'foo' });
console.log(e2.message, e2.generatedMessage, e2.operator, e2.actual, e2.expected);
var e3 = new AE({ actual: 'a', expected: 'b', operator: 'foo' });
console.log(e3.message);
var e4 = new AE({ actual: [1, 2], expected: [1, 3], operator: 'deepEqual' });
console.log(e4.message);
var e5 = new AE({ actual: 1, expected: 1, operator: 'notDeepEqual' });
console.log(e5.message);
var e6 = new AE({ actual: {a: 1}, expected: {a: 2}, operator: 'notDeepEqual' });
console.log(e6.message);
var e7 = new AE({ actual: 'x', expected: 'y', operator: 'strictEqual', message: 'prefix' });
console.log(e7.message);
show('bad options', function () { new AE(5); });
show('null options', function () { new AE(null); });
show('array options', function () { new AE([]); });
show('without new', function () { AE({}); });
var pe = Object.prototype.propertyIsEnumerable;
console.log(pe.call(e, 'message'), pe.call(e, 'name'), pe.call(e, 'stack'), pe.call(e, 'code'));
console.log(Object.keys(e).sort().join(','));
