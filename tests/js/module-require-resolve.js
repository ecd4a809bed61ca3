// require.resolve returns the absolute filename without loading the module.
var path = require('path');
function rel(p) { return path.relative(__dirname, p); }
console.log(rel(require.resolve('./fixtures/module/relative-helper')));
console.log(rel(require.resolve('./fixtures/module/dir-index')));
console.log(rel(require.resolve('./fixtures/module/pkg-main')));
console.log(rel(require.resolve('./fixtures/module/data')));
console.log(path.isAbsolute(require.resolve('./fixtures/module/relative-helper')));
console.log(require.resolve('path'), require.resolve('node:events'));
var key = require.resolve('./fixtures/module/children-b');
console.log(key in require.cache);
try {
  require.resolve('./fixtures/module/nope');
} catch (e) {
  console.log(e.code);
}
console.log(typeof require.resolve.paths);
