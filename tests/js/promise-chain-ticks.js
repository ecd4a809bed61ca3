// A promise chain whose steps queue ticks: each tick runs before the next step.
var p = Promise.resolve();
for (var i = 0; i < 3; i++) {
  (function (i) {
    p = p.then(function () { console.log('step', i); process.nextTick(function () { console.log('tick', i); }); });
  })(i);
}
setImmediate(function () { console.log('immediate'); });
