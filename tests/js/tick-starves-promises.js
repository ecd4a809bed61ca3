// Recursive nextTick runs to completion before any promise reaction.
var n = 0;
function again() {
  n++;
  if (n < 5) process.nextTick(again);
  else console.log('ticks done', n);
}
Promise.resolve().then(function () { console.log('promise after', n); });
process.nextTick(again);
