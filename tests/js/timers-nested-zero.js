// A timer created inside a timer callback runs in a later timers phase, after the immediates.
setTimeout(function () {
  console.log('outer');
  setTimeout(function () { console.log('inner timeout'); }, 0);
  setImmediate(function () { console.log('immediate'); });
}, 1);
