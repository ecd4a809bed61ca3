// util.inspect depth: default 2 shows [Object]/[Array] below it; depth 0, Infinity and null change that.
var util = require('util');
var o = { a: { b: { c: { d: { e: 1 } } } }, arr: [[1, [2, [3, [4]]]]] };
console.log(util.inspect(o));
console.log(util.inspect(o, { depth: 0 }));
console.log(util.inspect(o, { depth: Infinity }));
console.log(util.inspect(o, { depth: null }));
console.log(util.inspect(o, false, 1));
console.log(util.inspect({ a: {}, b: [], c: { d: {} } }, { depth: 0 }));
console.log(util.inspect([{ x: { y: { z: 1 } } }]));
console.log(util.inspect(o, { depth: 1, colors: false }));
