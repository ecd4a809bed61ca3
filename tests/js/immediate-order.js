// Immediates run in insertion order with their arguments; `this` is the Immediate.
var im = setImmediate(function (a, b) { console.log('first', a, b, String(this === im)); }, 'x', 'y');
setImmediate(function () { console.log('second'); });
setImmediate(function (a, b, c, d) { console.log('third', a, b, c, d); }, 1, 2, 3, 4);
