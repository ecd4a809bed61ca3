// require('assert') is the ok() function carrying every assertion; the names and types Node exports
// (CallTracker aside), and AssertionError's prototype chain.
var assert = require('assert');
var names = ['AssertionError', 'deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject',
  'doesNotThrow', 'equal', 'fail', 'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual',
  'notEqual', 'notStrictEqual', 'ok', 'rejects', 'strict', 'strictEqual', 'throws'];
console.log(typeof assert, assert.ok === assert);
names.forEach(function (n) { console.log(n, typeof assert[n]); });
console.log(Object.getPrototypeOf(assert.AssertionError.prototype) === Error.prototype);
console.log(assert.AssertionError.prototype.constructor === assert.AssertionError);
var p = assert.rejects(Promise.reject(new Error('x')));
console.log(p instanceof Promise);
p.then(function (v) { console.log('resolved with', v); });
