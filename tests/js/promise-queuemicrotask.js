// queueMicrotask shares the microtask queue with promise reactions, in FIFO order.
queueMicrotask(function () { console.log('qm1'); });
Promise.resolve().then(function () { console.log('p1'); });
queueMicrotask(function () {
  console.log('qm2');
  queueMicrotask(function () { console.log('qm3 nested'); });
});
process.nextTick(function () { console.log('tick'); });
try { queueMicrotask('nope'); } catch (e) { console.log(e.name, e.code); console.log(e.message); }
