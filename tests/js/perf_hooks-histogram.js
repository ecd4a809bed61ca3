// perf_hooks.createHistogram: HdrHistogram's numbers (equivalence ranges, min/max/mean/
// stddev, percentile, the percentiles Map), add/reset, argument errors;
// monitorEventLoopDelay: enable/disable and samples in nanoseconds.
var ph = require('perf_hooks');
var h = ph.createHistogram();
console.log(h.count, h.min, h.max, h.mean, h.stddev, h.exceeds, h.percentile(50), h.percentiles);
[1, 2, 3, 4, 100, 1000, 123456, 2047, 2048, 2049, 4097, 1e9 + 7, Math.pow(2, 40) + 3].forEach(function (v) { h.record(v); });
console.log(h.count, h.min, h.max, h.mean, h.stddev);
[1, 10, 25, 50, 75, 90, 99, 99.9, 100].forEach(function (p) { console.log('p' + p, h.percentile(p)); });
console.log(h.percentiles);
console.log(h);
console.log(JSON.stringify(h.toJSON()));
try { h.record(0); } catch (e) { console.log(e.code, e.message); }
try { h.record(1.5); } catch (e) { console.log(e.code, e.message); }
try { h.record('1'); } catch (e) { console.log(e.code, e.message); }
try { h.percentile(0); } catch (e) { console.log(e.code, e.message); }
var h2 = ph.createHistogram();
h2.record(5);
h2.record(5);
h.add(h2);
console.log(h.count, h.min, h.percentile(10));
h.reset();
console.log(h.count, h.min, h.max, h.percentiles);
var coarse = ph.createHistogram({ figures: 1 });
[100, 101, 150, 199, 1000, 5555].forEach(function (v) { coarse.record(v); });
console.log(coarse.min, coarse.max, coarse.mean, coarse.percentiles);
var bounded = ph.createHistogram({ lowest: 1, highest: 1000 });
bounded.record(5000);
console.log('exceeds', bounded.exceeds, bounded.count);
try { ph.createHistogram({ figures: 6 }); } catch (e) { console.log(e.code, e.message); }
var r = ph.createHistogram();
r.recordDelta();
r.recordDelta();
console.log('recordDelta', r.count, r.min > 0);
var m = ph.monitorEventLoopDelay({ resolution: 5 });
console.log(m.enable(), m.enable(), m.constructor.name);
// A stalled loop runs the sampling timer less often (its first run only starts the
// clock): check every 20 ms until it has recorded, bounded so that a histogram that
// never records still fails.
var polls = 0;
(function check() {
  if (m.count < 2 && ++polls < 250) return setTimeout(check, 20);
  console.log(m.disable(), m.disable(), m.count > 0, m.min >= 1e6, m.mean > 1e6, m.percentile(50) > 0);
})();
