// Ticks and microtasks queued by an immediate run before the next immediate.
setImmediate(function () {
  console.log('immediate 1');
  process.nextTick(function () { console.log('tick after immediate 1'); });
  Promise.resolve().then(function () { console.log('promise after immediate 1'); });
});
setImmediate(function () { console.log('immediate 2'); });
