// timers/promises: setTimeout/setImmediate resolve with their value, in timer/check
// order; scheduler.wait/yield; require('timers').promises is the same module;
// bad arguments give rejected promises.
var tp = require('timers/promises');
console.log(Object.keys(tp).join(','), require('timers').promises === tp, require('node:timers/promises') === tp);
console.log(typeof tp.scheduler.wait, typeof tp.scheduler.yield);
function fail(p) { return p.then(function () { console.log('resolved?'); }, function (e) { console.log(e.code, e.message); }); }
fail(tp.setTimeout('a'));
fail(tp.setTimeout(5, 1, 5));
fail(tp.setTimeout(5, 1, { ref: 5 }));
fail(tp.setTimeout(5, 1, { signal: 5 }));
fail(tp.setImmediate(1, null));
Promise.resolve().then(function () { console.log('microtask'); });
tp.setImmediate('imm').then(function (v) {
  console.log('immediate', v);
  return tp.setTimeout();
}).then(function (v) {
  console.log('no args', v);
  // the wait is made first and due 200 ms before the timeout, which no stall reorders
  var waited = tp.scheduler.wait(50);
  tp.setTimeout(250, 'late').then(function (l) { console.log('timeout', l); });
  return waited;
}).then(function (v) { console.log('wait', v); });
tp.scheduler.yield().then(function (v) { console.log('yield', v); });
tp.setTimeout(100000, 'unref', { ref: false }).then(function () { console.log('never'); });
tp.setImmediate('unref imm', { ref: false }).then(function (v) { console.log(v, 'still runs'); });
