// Invalid delays become 1ms.
var vals = [0, -10, NaN, 'abc', undefined, null, '7', 2.9];
for (var i = 0; i < vals.length; i++) {
  var t = setTimeout(function () {}, vals[i]);
  console.log(String(vals[i]), t._idleTimeout);
  clearTimeout(t);
}
// 300 ms: the 1 ms timer made after it stays first even on a stalled machine
var order = setTimeout(function () { console.log('300ms'); }, 300);
setTimeout(function () { console.log('negative delay runs first'); }, -1);
