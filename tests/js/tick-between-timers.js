// Ticks and microtasks queued by a timer run before the next timer of the same phase.
setTimeout(function () {
  console.log('timer 1');
  process.nextTick(function () { console.log('tick after timer 1'); });
  Promise.resolve().then(function () { console.log('promise after timer 1'); });
}, 5);
setTimeout(function () {
  console.log('timer 2');
  Promise.resolve().then(function () { console.log('promise after timer 2'); });
}, 5);
setTimeout(function () { console.log('timer 3'); }, 5);
