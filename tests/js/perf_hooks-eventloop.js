// monitorEventLoopDelay and eventLoopUtilization shapes and monotonic behaviour
const { monitorEventLoopDelay, performance } = require('perf_hooks');
const h = monitorEventLoopDelay({ resolution: 10 });
h.enable();
const elu1 = performance.eventLoopUtilization();
console.log(Object.keys(elu1).sort());
const start = Date.now();
function spin() { const t = Date.now(); while (Date.now() - t < 30); }
let n = 0;
const iv = setInterval(() => {
  spin();
  if (++n === 5) {
    clearInterval(iv);
    h.disable();
    console.log('count > 0', h.count > 0, 'min <= max', h.min <= h.max, 'mean > 0', h.mean > 0);
    console.log('percentile(50) <= percentile(99)', h.percentile(50) <= h.percentile(99));
    console.log('percentiles size > 0', h.percentiles.size > 0, 'stddev >= 0', h.stddev >= 0);
    const elu2 = performance.eventLoopUtilization(elu1);
    console.log('utilization in (0,1]', elu2.utilization > 0 && elu2.utilization <= 1);
    console.log('active <= idle+active', elu2.active <= elu2.idle + elu2.active);
    h.reset();
    console.log('after reset count', h.count, 'min', h.min, 'max', h.max);
    try { monitorEventLoopDelay({ resolution: 0 }); } catch (e) { console.log(e.code); }
  }
}, 5);
