// require.cache holds loaded modules by absolute filename; deleting an entry makes the next require reload it.
var path = require('path');
var a = require('./fixtures/module/cache/counter-loads');
var b = require('./fixtures/module/cache/counter-loads');
console.log(a === b, a.loadedAt, global.__lsLoadCount);
var key = require.resolve('./fixtures/module/cache/counter-loads');
console.log(typeof require.cache, key in require.cache);
console.log(require.cache[key].exports === a);
console.log(path.basename(require.cache[key].filename));
console.log(require.cache[__filename] === module);
delete require.cache[key];
console.log(key in require.cache);
var c = require('./fixtures/module/cache/counter-loads');
console.log(c === a, c.loadedAt, global.__lsLoadCount);
console.log(require.cache[key].exports === c);
