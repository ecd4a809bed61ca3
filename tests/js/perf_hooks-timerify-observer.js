// timerify with a constructor, buffered observer, eventLoopUtilization deltas
const { performance, PerformanceObserver } = require('perf_hooks');
class Point { constructor(x, y) { this.x = x; this.y = y; } }
const TP = performance.timerify(Point);
const p = new TP(1, 2);
console.log(p instanceof Point, p.x, p.y, TP.name);
try { TP(1, 2); } catch (e) { console.log(e.name); }
performance.mark('buffered-1');
const obs = new PerformanceObserver((list) => {
  console.log('got', list.getEntriesByType('mark').map((e) => e.name), list.getEntriesByName('buffered-1').length);
  obs.disconnect();
  const a = performance.eventLoopUtilization();
  const b = performance.eventLoopUtilization();
  const d = performance.eventLoopUtilization(b, a);
  console.log('delta keys', Object.keys(d), d.idle >= 0, d.active >= 0);
});
obs.observe({ type: 'mark', buffered: true });
