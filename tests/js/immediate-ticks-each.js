// Each immediate's ticks and microtasks run before the next immediate; nested ones wait.
for (var i = 0; i < 3; i++) {
  (function (i) {
    setImmediate(function () {
      console.log('imm', i);
      process.nextTick(function () { console.log('tick', i); });
      Promise.resolve().then(function () { console.log('micro', i); });
      setImmediate(function () { console.log('next imm', i); });
    });
  })(i);
}
