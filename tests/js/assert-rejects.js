// assert.rejects: a promise or a function returning one; resolves when the rejection matches (class,
// RegExp, object), rejects with 'Missing expected rejection' or a mismatch; bad arguments reject too.
var assert = require('assert');
function run(steps) {
  function next(i) {
    if (i >= steps.length) return;
    var label = steps[i][0];
    var p;
    try {
      p = steps[i][1]();
    } catch (e) {
      console.log(label + ": sync throw " + e.message);
      return next(i + 1);
    }
    console.log(label + ": returns a promise " + (p instanceof Promise));
    p.then(function () {
      console.log(label + ": resolved");
    }, function (e) {
      console.log(label + ": " + e.name + " " + e.code + " " + e.operator + " " + e.generatedMessage);
      console.log(e.message);
    }).then(function () { next(i + 1); });
  }
  next(0);
}
run([
  ['rejects ok', function () { return assert.rejects(Promise.reject(new TypeError('x')), TypeError); }],
  ['fn ok', function () { return assert.rejects(function () { return Promise.reject(new Error('y')); }, /y/); }],
  ['missing', function () { return assert.rejects(Promise.resolve(1)); }],
  ['missing class msg', function () { return assert.rejects(Promise.resolve(1), TypeError, 'want it'); }],
  ['wrong class', function () { return assert.rejects(Promise.reject(new Error('oops')), TypeError); }],
  ['object', function () { return assert.rejects(Promise.reject(new Error('oops')), { message: 'nope' }); }],
  ['not a promise', function () { return assert.rejects(5); }],
  ['fn returns number', function () { return assert.rejects(function () { return 5; }); }],
  ['fn returns object', function () { return assert.rejects(function () { return {}; }); }],
  ['fn throws', function () { return assert.rejects(function () { throw new Error('sync'); }); }],
  ['thenable', function () {
    return assert.rejects({ then: function (a, b) { b(new Error('t')); }, 'catch': function () {} }, /t/);
  }]
]);
