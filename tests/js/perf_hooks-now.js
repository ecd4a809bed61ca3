// performance.now() is monotonic, fractional ms from process start; timeOrigin is a
// wall-clock epoch time; eventLoopUtilization() is zero until the loop runs, then
// idle + active grows with time and utilization lies in [0, 1].
var t0 = performance.now();
var t1 = performance.now();
console.log(typeof t0, t0 > 0, t1 >= t0, t0 < 60000);
// timeOrigin + now() is the wall clock: within the Date.now() readings around it (a
// few ms for the clocks' rounding; a stall between the calls only widens the window)
var before = Date.now();
var wall = performance.timeOrigin + performance.now();
var after = Date.now();
console.log('timeOrigin consistent with Date.now', wall >= before - 5 && wall <= after + 5);
var elu0 = performance.eventLoopUtilization();
console.log('before the loop', JSON.stringify(elu0));
console.log(performance.nodeTiming.name, performance.nodeTiming.loopStart);
setTimeout(function () {
  var start = Date.now();
  while (Date.now() - start < 20) {}
  var elu = performance.eventLoopUtilization();
  console.log(Object.keys(elu).join(','), elu.idle >= 0, elu.active > 0,
    elu.utilization > 0 && elu.utilization <= 1);
  var later = performance.eventLoopUtilization();
  var delta = performance.eventLoopUtilization(later, elu);
  console.log('delta', delta.active >= 0, delta.idle >= 0);
  var d2 = performance.eventLoopUtilization(elu);
  console.log('since', d2.active >= 0);
  console.log('loopStart set', performance.nodeTiming.loopStart > 0);
  console.log(Object.keys(performance.toJSON()).join(','));
}, 30);
