// package.json "main": a folder uses its index.js, a missing extension is added, a missing file falls back to index.js with DEP0128.
var path = require('path');
process.on('warning', function (w) {
  console.log('warning:', w.name, w.code, w.message.split(path.join(__dirname, 'fixtures')).join('<fixtures>'));
});
console.log(require('./fixtures/module/pkg-fallback/main-dir'));
console.log(require('./fixtures/module/pkg-fallback/main-noext'));
console.log(require('./fixtures/module/pkg-fallback/missing-main'));
console.log(path.relative(__dirname, require.resolve('./fixtures/module/pkg-fallback/missing-main')));
