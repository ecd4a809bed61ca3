// process.nextTick(fn, ...args) passes args; ticks run in FIFO order before promise callbacks.
Promise.resolve().then(function () { console.log('promise'); });
process.nextTick(function (a, b) { console.log('tick1', a, b); }, 'x', { y: 1 });
process.nextTick(function () { console.log('tick2', arguments.length); });
process.nextTick(function (a, b, c, d) {
  console.log('tick3', a, b, c, d);
  process.nextTick(function (z) { console.log('nested', z); }, 'z');
}, 1, null, undefined, [2]);
console.log('sync');
