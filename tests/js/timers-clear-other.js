// A timer cleared by an earlier timer of the same phase never runs.
var b;
setTimeout(function () { console.log('a'); clearTimeout(b); }, 5);
b = setTimeout(function () { console.log('b'); }, 5);
setTimeout(function () { console.log('c'); }, 5);
var d = setTimeout(function () { console.log('d'); }, 1);
clearTimeout(d);
clearTimeout(null);
clearTimeout(undefined);
clearTimeout({});
console.log('cleared d', String(d._destroyed), String(d._onTimeout));
