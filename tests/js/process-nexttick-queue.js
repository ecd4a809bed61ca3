// process.nextTick (a C push onto the JS-drained queue): its name and length, the exact
// arguments each callback gets, Node's error for a bad callback, FIFO order over a queue
// long enough to be compacted while ticks keep being added, order against promise
// microtasks, and no ticks once process._exiting is set.
console.log(process.nextTick.name, process.nextTick.length, typeof process.nextTick);
function show(tag) {
  return function () { console.log(tag, arguments.length, Array.prototype.slice.call(arguments).join('|')); };
}
process.nextTick(show('none'));
process.nextTick(show('undef'), undefined);
process.nextTick(show('three'), 1, 'b', null);
[undefined, 42, 'f', {}, null].forEach(function (bad) {
  try {
    process.nextTick(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
});
var order = [];
var N = 20000, seen = 0, late = 0, bad = 0;
function count(i) {
  if (i !== seen) bad++;
  seen++;
  // ticks added while the queue drains go after everything already queued
  if (i % 5000 === 0) process.nextTick(function () { late++; if (seen < N) bad++; });
}
for (var i = 0; i < N; i++) process.nextTick(count, i);
process.nextTick(function () { console.log('drained', seen, 'out of order', bad); });
Promise.resolve().then(function () {
  order.push('promise');
  process.nextTick(function () { order.push('tick from promise'); });
  Promise.resolve().then(function () { order.push('promise 2'); });
});
process.nextTick(function () {
  order.push('tick');
  Promise.resolve().then(function () { order.push('promise from tick'); });
});
setTimeout(function () {
  console.log('late ticks', late);
  console.log(order.join(', '));
  process.on('exit', function () {
    process.nextTick(function () { console.log('never'); });
    console.log('exit');
  });
}, 0);
