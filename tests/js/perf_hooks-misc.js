// performance entry shapes, toJSON, nodeTiming fields, marks as PerformanceMark
const { performance, PerformanceMark, PerformanceEntry, PerformanceObserver } = require('perf_hooks');
const m = performance.mark('a', { startTime: 10, detail: [1, 2] });
console.log(m instanceof PerformanceMark, m instanceof PerformanceEntry, m.startTime, m.detail);
console.log(JSON.stringify(m.toJSON()));
const meas = performance.measure('a-to-now', { start: 10, end: 25 });
console.log(meas.startTime, meas.duration, meas.entryType);
const nt = performance.nodeTiming;
console.log(nt.name, nt.entryType, typeof nt.bootstrapComplete, typeof nt.loopStart);
console.log(PerformanceObserver.supportedEntryTypes);
try { performance.mark(); } catch (e) { console.log(e.code); }
try { new PerformanceMark('x', { startTime: -1 }); } catch (e) { console.log(e.name, e.code); }
const obs = new PerformanceObserver((list) => {
  console.log('observed', list.getEntries().map((e) => `${e.entryType}:${e.name}`));
  obs.disconnect();
});
obs.observe({ type: 'mark' });
performance.mark('b');
performance.mark('c');
