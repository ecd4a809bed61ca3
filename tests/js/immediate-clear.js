// clearImmediate works before the check phase and while immediates are running.
var b, c;
setImmediate(function () { console.log('a'); clearImmediate(b); });
b = setImmediate(function () { console.log('b'); });
c = setImmediate(function () { console.log('c'); });
var d = setImmediate(function () { console.log('d'); });
clearImmediate(d);
clearImmediate(null);
console.log('d cleared', String(d._destroyed));
setImmediate(function () {
  process.nextTick(function () { clearImmediate(e); console.log('cleared e in tick'); });
});
var e = setImmediate(function () { console.log('e'); });
setImmediate(function () { console.log('f'); });
