// Deleting a require.cache entry reloads only that module on the next require; its dependencies stay cached.
var outer = require('./fixtures/module/reload/outer');
console.log(outer.outerLoads, outer.inner.innerLoads);
var outerKey = require.resolve('./fixtures/module/reload/outer');
var innerKey = require.resolve('./fixtures/module/reload/inner');
delete require.cache[outerKey];
var outer2 = require('./fixtures/module/reload/outer');
console.log(outer2 === outer, outer2.outerLoads, outer2.inner.innerLoads, outer2.inner === outer.inner);
delete require.cache[outerKey];
delete require.cache[innerKey];
var outer3 = require('./fixtures/module/reload/outer');
console.log(outer3.outerLoads, outer3.inner.innerLoads, outer3.inner === outer.inner);
console.log(require.cache[outerKey].exports === outer3, outer === require('./fixtures/module/reload/outer'));
console.log(module.children.length, module.children.map(function (m) { return m.exports === outer3; }).join(','));
Object.keys(require.cache).forEach(function (k) { if (k !== __filename) delete require.cache[k]; });
console.log(Object.keys(require.cache).length, require('./fixtures/module/reload/outer').outerLoads);
