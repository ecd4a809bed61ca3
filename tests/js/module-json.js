// .json files are parsed and cached like modules; the extension may be omitted.
var d = require('./fixtures/module/data.json');
console.log(d.name, d.list, d.nested.ok, d.nothing);
console.log(d === require('./fixtures/module/data'));
d.added = 1;
console.log(require('./fixtures/module/data.json').added);
console.log(typeof d, Array.isArray(d.list));
