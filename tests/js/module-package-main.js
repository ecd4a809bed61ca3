// Requiring a directory with package.json uses its "main" field (over index.js).
var m = require('./fixtures/module/pkg-main');
console.log(m.from);
console.log(m === require('./fixtures/module/pkg-main/lib/entry'));
