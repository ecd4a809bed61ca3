// util.inspect of Map and Set: sizes, nesting, objects as keys, depth limits, empty ones, extra properties.
var util = require('util');
var m = new Map();
m.set('a', 1);
m.set({ k: 1 }, [1, 2]);
m.set(3, new Map([['inner', true]]));
console.log(util.inspect(m));
var s = new Set([1, 'two', { three: 3 }, [4]]);
console.log(util.inspect(s));
console.log(util.inspect(new Map()), util.inspect(new Set()));
console.log(util.inspect({ m: new Map([[1, { deep: { deeper: {} } }]]) }, { depth: 1 }));
console.log(util.inspect({ outer: { inner: { s: new Set([1]) } } }));
var tagged = new Set([1]);
tagged.label = 'x';
console.log(util.inspect(tagged));
console.log(util.inspect(new Map([[new Set([1]), null]])));
var it = new Map([['x', 1], ['y', 2]]).entries();
console.log(util.inspect(it));
