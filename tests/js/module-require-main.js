// require.main is the entry module: === module here, not in a required module.
var c = require('./fixtures/module/main-check');
console.log(require.main === module);
console.log(c.isMain, c.mainIsParent);
console.log(require.main.filename === __filename);
