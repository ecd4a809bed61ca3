// The classic ordering quiz (the busy-wait makes the 0ms timer due before the loop starts).
console.log('script start');
setTimeout(function () { console.log('setTimeout'); }, 0);
setImmediate(function () { console.log('setImmediate'); });
new Promise(function (resolve) { console.log('promise executor'); resolve(); })
  .then(function () { console.log('promise then 1'); })
  .then(function () { console.log('promise then 2'); });
process.nextTick(function () { console.log('nextTick'); });
queueMicrotask(function () { console.log('queueMicrotask'); });
console.log('script end');
var s = Date.now(); while (Date.now() - s < 5) {}
