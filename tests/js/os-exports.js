// require('os') exports Node 20's functions and values (names sorted: key order is not what is tested).
var os = require('os');
var keys = Object.keys(os).sort();
console.log(keys.join(' '));
keys.forEach(function (k) { console.log(k, typeof os[k]); });
console.log(require('node:os') === os);
