// queueMicrotask and nextTick nested in each other.
process.nextTick(function () {
  console.log('tick A');
  queueMicrotask(function () {
    console.log('qm in tick A');
    process.nextTick(function () { console.log('tick in qm'); });
    Promise.resolve().then(function () { console.log('p in qm'); });
  });
  process.nextTick(function () { console.log('tick B'); });
});
Promise.resolve().then(function () { console.log('p main'); process.nextTick(function () { console.log('tick from p main'); }); });
queueMicrotask(function () { console.log('qm main'); });
