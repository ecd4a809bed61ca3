// A timer created by a microtask or a tick that runs after the last due timer callback
// keeps the loop alive and fires (Node re-arms its timer handle before draining
// microtasks): the `await sleep(); await sleep();` pattern.
var tp = require('timers/promises');
tp.setTimeout(5, 'one').then(function (v) {
  console.log(v);
  return tp.setTimeout(5, 'two');
}).then(function (v) {
  console.log(v);
  return tp.setTimeout(5, 'three');
}).then(function (v) {
  console.log(v);
  setTimeout(function () {
    Promise.resolve().then(function () {
      setTimeout(function () { console.log('timer from a microtask'); }, 20);
    });
    process.nextTick(function () {
      setTimeout(function () { console.log('timer from a tick'); }, 5);
    });
  }, 1);
});
