// Invalid delays become 1ms.
var vals = [0, -10, NaN, 'abc', undefined, null, '7', 2.9];
for (var i = 0; i < vals.length; i++) {
  var t = setTimeout(function () {}, vals[i]);
  console.log(String(vals[i]), t._idleTimeout);
  clearTimeout(t);
}
var order = setTimeout(function () { console.log('100ms'); }, 100);
setTimeout(function () { console.log('negative delay runs first'); }, -1);
