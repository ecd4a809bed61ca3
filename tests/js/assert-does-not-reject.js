// assert.doesNotReject: resolves when the promise fulfils; 'Got unwanted rejection.' otherwise, or the
// original reason when a given class does not match.
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
  ['fulfils', function () { return assert.doesNotReject(Promise.resolve(3)); }],
  ['fn fulfils', function () { return assert.doesNotReject(function () { return Promise.resolve(); }); }],
  ['rejects', function () { return assert.doesNotReject(Promise.reject(new Error('bad'))); }],
  ['rejects msg', function () { return assert.doesNotReject(function () { return Promise.reject(new Error('bad')); }, 'msg'); }],
  ['other class', function () { return assert.doesNotReject(Promise.reject(new TypeError('bad')), RangeError); }],
  ['same class', function () { return assert.doesNotReject(Promise.reject(new TypeError('bad')), TypeError); }],
  ['not a promise', function () { return assert.doesNotReject('x'); }]
]);
