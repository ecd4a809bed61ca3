// Resolution order: an exact file, then .js before .json, and a file before a same-named folder.
var path = require('path');
console.log(require('./fixtures/module/ext-order/both'));
console.log(require('./fixtures/module/ext-order/both.json'));
console.log(require('./fixtures/module/ext-order/dir-vs-file'));
console.log(require('./fixtures/module/ext-order/dir-vs-file/'));
console.log(path.basename(require.resolve('./fixtures/module/ext-order/both')));
