// A listener that throws (or returns a promise that rejects) does not stop the others;
// the error is raised as an uncaught exception afterwards.
var order = [];
process.on('uncaughtException', function (err) {
  order.push('uncaught ' + err.message);
});
var t = new EventTarget();
t.addEventListener('x', function () { throw new Error('boom'); });
t.addEventListener('x', function () { order.push('second listener ran'); });
t.addEventListener('x', function () { return Promise.reject(new Error('async boom')); });
var r = t.dispatchEvent(new Event('x'));
order.push('dispatch returned ' + r);
process.nextTick(function () { order.push('tick'); });
// printed two loop turns later, after the ticks the handled exception left queued (a
// timer could come first on a slow machine, before the loop's first check phase runs them)
setImmediate(function () {
  setImmediate(function () { console.log(order.join('\n')); });
});
