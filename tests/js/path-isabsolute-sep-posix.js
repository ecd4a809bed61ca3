// path.isAbsolute, sep, delimiter, path.posix === path === require('path/posix'), toNamespacedPath is identity on POSIX.
var path = require('path');
['/a', 'a', '', '.', '//', './a', '~/a', 'C:\\x'].forEach(function (p) {
  console.log(JSON.stringify(p), path.isAbsolute(p));
});
console.log(JSON.stringify(path.sep), JSON.stringify(path.delimiter));
console.log(path.posix === path, path.posix.posix === path, require('path/posix') === path);
console.log(path.toNamespacedPath('/a/b'), path.toNamespacedPath('rel'), path.toNamespacedPath(5));
console.log(path._makeLong === path.toNamespacedPath, typeof path.posix.join);
try { path.isAbsolute(1); } catch (e) { console.log(e.code, e.message); }
