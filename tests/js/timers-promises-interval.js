// timers/promises setInterval: an iterator whose next() resolves once per tick with
// the value; it starts at the first next(); return() stops it and later next() calls
// are done; an abort rejects the pending next() with an AbortError. (Node's is an async
// generator consumed with for-await; ES5 drives it by hand.)
var tp = require('timers/promises');
var it = tp.setInterval(5, 'tick');
console.log(typeof it.next, typeof it.return, typeof it.throw);
var n = 0;
function step() {
  it.next().then(function (r) {
    console.log('next', r.value, r.done);
    if (++n < 3)
      return step();
    return it.return().then(function (r2) {
      console.log('return', JSON.stringify(r2));
      return it.next();
    }).then(function (r3) {
      console.log('after return', JSON.stringify(r3));
      aborting();
    });
  });
}
step();
function aborting() {
  var ac = new AbortController();
  var it2 = tp.setInterval(1000, 'slow', { signal: ac.signal });
  it2.next().then(function () { console.log('unexpected'); }, function (e) {
    console.log('aborted', e.name, e.code, e.cause);
    return it2.next();
  }).then(function (r) {
    console.log('after abort', JSON.stringify(r));
  });
  setTimeout(function () { ac.abort('stop'); }, 5);
}
var bad = tp.setInterval(5, 1, 5);
bad.next().then(null, function (e) { console.log('bad options', e.code); });
