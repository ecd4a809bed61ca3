// require.resolve(request, { paths }) looks up bare names in node_modules from each given path, and relative names only in those paths.
var path = require('path');
function rel(p) { return path.relative(__dirname, p); }
var base = path.join(__dirname, 'fixtures/module/resolve-paths/base');
console.log(rel(require.resolve('ls-rp-pkg', { paths: [base] })));
console.log(rel(require.resolve('./local', { paths: [base] })));
console.log(rel(require.resolve('./local.js', { paths: [path.join(__dirname, 'nowhere'), base] })));
console.log(require.resolve('path', { paths: [base] }));
try {
  require.resolve('ls-rp-pkg');
} catch (e) {
  console.log('default lookup:', e.code);
}
try {
  // This test file is in the cwd but not in `paths`: Node does not find it.
  require.resolve('./module-resolve-paths-option', { paths: [base] });
  console.log('found outside paths (wrong)');
} catch (e) {
  console.log('relative outside paths:', e.code);
}
console.log(rel(require.resolve('./module-resolve-paths-option', { paths: [__dirname] })));
console.log(require.resolve.paths('ls-rp-pkg').slice(0, 2).map(rel).join(' '));
console.log(require.resolve.paths('./x').map(rel).join(' ') === '', require.resolve.paths('fs'));
try {
  require.resolve('ls-rp-pkg', { paths: base });
} catch (e) {
  console.log(e.name, e.code, e.message.split(__dirname).join('<dir>'));
}
console.log(require.resolve('./module-resolve-paths-option', {}) === __filename);
