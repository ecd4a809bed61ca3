// 'beforeExit' fires each time the loop empties; scheduling work from it keeps the process alive.
var n = 0;
process.on('beforeExit', function (code) {
  n++;
  console.log('beforeExit', n, code);
  if (n < 3) {
    setTimeout(function () { console.log('timer from beforeExit', n); }, 1);
  } else if (n === 3) {
    Promise.resolve().then(function () { console.log('microtask only, no new loop work'); });
  }
});
process.on('exit', function (code) { console.log('exit', code, 'after', n, 'beforeExit'); });
console.log('main');
