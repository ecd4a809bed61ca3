// PerformanceObserver: marks and measures are delivered in one batch from a
// setImmediate queued by the first entry, sorted by startTime; buffered: true replays
// entries of that type; disconnect stops delivery; timerify makes 'function' entries.
var ph = require('perf_hooks');
var log = [];
var obs = new ph.PerformanceObserver(function (list, observer) {
  console.log('observer', observer === obs, list.getEntries().map(function (e) { return e.name; }).join(','),
    list.getEntriesByType('mark').length, list.getEntriesByName('m1').length);
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('m2', { startTime: 200 });
performance.mark('m1', { startTime: 100 });
performance.measure('me', 'm1', 'm2');
setImmediate(function () { console.log('immediate after the batch'); });
process.nextTick(function () { console.log('tick first'); });
var later = new ph.PerformanceObserver(function (list) {
  console.log('buffered', list.getEntries().map(function (e) { return e.name; }).join(','));
  later.disconnect();
  performance.mark('after-disconnect');
});
later.observe({ type: 'mark', buffered: true });
try { later.observe({}); } catch (e) { console.log(e.code, e.message); }
var fobs = new ph.PerformanceObserver(function (list) {
  var e = list.getEntries()[0];
  console.log('function entry', e.name, e.entryType, e.duration >= 0);
  fobs.disconnect();
});
fobs.observe({ type: 'function' });
function work(a, b) { return a + b; }
var timed = performance.timerify(work);
console.log(timed.name, timed.length, timed(2, 3), performance.timerify(work) === timed);
