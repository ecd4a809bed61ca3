// A tick queued from a microtask runs after the microtask queue drains.
Promise.resolve().then(function () {
  console.log('p1');
  process.nextTick(function () { console.log('tick from p1'); });
}).then(function () {
  console.log('p2');
});
Promise.resolve().then(function () { console.log('p3'); }).then(function () { console.log('p4'); })
  .then(function () { console.log('p5'); });
