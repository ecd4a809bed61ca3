// fs.constants: Node's names, order and Linux values, on a null-prototype object.
var fs = require('fs');
console.log(Object.getPrototypeOf(fs.constants));
var keys = Object.keys(fs.constants);
console.log(keys.length);
keys.forEach(function (k) { console.log(k, fs.constants[k]); });
console.log(require('fs/promises').constants === fs.constants);
