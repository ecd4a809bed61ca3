// nextTick passes extra arguments; `this` is undefined in strict callbacks.
process.nextTick(function (a, b, c) { 'use strict'; console.log(a, b, c, String(this === undefined)); }, 1, 'two', 3);
process.nextTick(function () { console.log('args', arguments.length); });
process.nextTick(function (a, b, c, d, e) { console.log(a + b + c + d + e); }, 1, 2, 3, 4, 5);
