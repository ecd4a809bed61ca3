// module.id is '.' for the entry module; loaded is false while running, true afterwards; children lists first loads.
var path = require('path');
console.log(module.id, module.loaded);
console.log(module.children.length);
var a = require('./fixtures/module/children-a');
var b = require('./fixtures/module/children-b');
require('./fixtures/module/children-a');
console.log(module.children.length);
console.log(module.children.map(function (m) { return path.basename(m.filename); }).join(','));
console.log(a.loadedDuring, path.relative(__dirname, a.id));
console.log(module.children[0].loaded, module.children[0].parent === module);
console.log(path.basename(module.filename), module.exports === exports);
console.log(Array.isArray(module.paths), typeof module.require);
setTimeout(function () { console.log('later', module.loaded); }, 0);
