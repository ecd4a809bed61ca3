// createHistogram: record, recordDelta, percentiles, add, reset, bounds
const { createHistogram } = require('perf_hooks');
const h = createHistogram();
for (const v of [1, 2, 2, 3, 5, 8, 13, 21, 34, 55]) h.record(v);
console.log(h.count, h.min, h.max, h.mean, h.exceeds);
console.log(h.percentile(50), h.percentile(90), h.percentile(100));
console.log([...h.percentiles.entries()].slice(0, 3));
const h2 = createHistogram({ lowest: 1, highest: 1000 });
h2.record(500);
h.add(h2);
console.log('after add', h.count, h.max);
try { h.record(0); } catch (e) { console.log(e.code, e.message); }
try { createHistogram({ lowest: 0 }); } catch (e) { console.log(e.code); }
h.reset();
console.log('reset', h.count, h.min, h.max, Number.isNaN(h.mean), h.stddev);
console.log(typeof h.toJSON === 'function' ? Object.keys(h.toJSON()) : 'no toJSON');
