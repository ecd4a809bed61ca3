// Inside a timer callback, setImmediate always runs before a new setTimeout(0).
setTimeout(function () {
  setTimeout(function () { console.log('timeout'); }, 0);
  setImmediate(function () { console.log('immediate'); });
  process.nextTick(function () { console.log('tick'); });
}, 1);
