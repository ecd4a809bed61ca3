// Resolving a promise with a native promise costs two extra microtask ticks.
var p1 = Promise.resolve(1);
new Promise(function (resolve) { resolve(p1); }).then(function (v) { console.log('adopted', v); });
Promise.resolve().then(function () { console.log('tick 1'); })
  .then(function () { console.log('tick 2'); })
  .then(function () { console.log('tick 3'); })
  .then(function () { console.log('tick 4'); });
