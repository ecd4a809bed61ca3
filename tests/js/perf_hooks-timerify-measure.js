// performance.mark/measure with detail, getEntriesByName/Type, timerify via observer
const { performance, PerformanceObserver } = require('perf_hooks');
const m1 = performance.mark('start', { detail: { step: 1 } });
console.log(m1.name, m1.entryType, JSON.stringify(m1.detail), typeof m1.startTime, m1.duration);
for (let i = 0; i < 1e5; i++);
performance.mark('end');
const ms = performance.measure('work', 'start', 'end');
console.log(ms.name, ms.entryType, ms.duration >= 0);
const m2 = performance.measure('work2', { start: 'start', detail: 'd' });
console.log(m2.name, m2.detail, m2.duration >= 0);
console.log(performance.getEntriesByType('mark').map((e) => e.name));
console.log(performance.getEntriesByName('work').length, performance.getEntries().length);
performance.clearMarks('start');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMeasures();
console.log(performance.getEntriesByType('measure').length);
try { performance.measure('bad', 'nope'); } catch (e) { console.log(e.name, e.code, e.message); }
function add(a, b) { return a + b; }
const timed = performance.timerify(add);
const obs = new PerformanceObserver((list, observer) => {
  const e = list.getEntries()[0];
  console.log('observed', e.name, e.entryType, e.duration >= 0);
  observer.disconnect();
});
obs.observe({ entryTypes: ['function'] });
console.log('timerify result', timed(2, 3), timed.name, timed.length);
console.log(typeof performance.timeOrigin, performance.now() > 0, typeof performance.toJSON());
