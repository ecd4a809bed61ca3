// Requiring a directory without package.json loads its index.js.
var m = require('./fixtures/module/dir-index');
console.log(m.from);
console.log(m === require('./fixtures/module/dir-index/'));
console.log(m === require('./fixtures/module/dir-index/index.js'));
