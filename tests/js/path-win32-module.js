// path.win32's shape: sep and delimiter, the links between the flavours and the
// require names, key order, function names and lengths, _makeLong, and the TypeError
// (ERR_INVALID_ARG_TYPE, Node's message) each function throws for a non-string, in
// Node's order of checking.
var path = require('path');
var w = path.win32;
console.log('sep', JSON.stringify(w.sep), 'delimiter', JSON.stringify(w.delimiter));
console.log('win32.win32', w.win32 === w, 'win32.posix', w.posix === path.posix,
  'posix.win32', path.posix.win32 === w, 'path.win32', path.win32 === w);
console.log('path/win32', require('path/win32') === w, 'node:path/win32', require('node:path/win32') === w,
  'path/posix', require('path/posix') === path.posix, 'node:path/posix', require('node:path/posix') === path);
console.log('keys', Object.keys(w).join(' '));
console.log('path keys', Object.keys(path).join(' '));
console.log('enumerable win32', Object.prototype.propertyIsEnumerable.call(path, 'win32'),
  Object.prototype.propertyIsEnumerable.call(w, 'posix'));
Object.keys(w).forEach(function (k) {
  if (typeof w[k] === 'function')
    console.log('fn', k, w[k].name, w[k].length);
});
console.log('_makeLong', w._makeLong === w.toNamespacedPath, w._makeLong('c:\\a'));
console.log('differs from posix', w.join !== path.posix.join, w.sep !== path.posix.sep);
console.log('builtin', require('module').isBuiltin('path/win32'), require('module').builtinModules.indexOf('path/win32') >= 0);

var bad = [1, 0, null, undefined, true, {}, [], ['a'], function f() {}, new String('x'), 1.5, NaN, -0,
  { toString: function () { return 'x'; } }, Symbol('s')];
function tryIt(label, fn) {
  try {
    console.log(label, 'returned', JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
bad.forEach(function (v, i) {
  console.log('-- bad value', i);
  tryIt('normalize', function () { return w.normalize(v); });
  tryIt('isAbsolute', function () { return w.isAbsolute(v); });
  tryIt('dirname', function () { return w.dirname(v); });
  tryIt('basename', function () { return w.basename(v); });
  tryIt('basename suffix', function () { return w.basename('a.js', v); });
  tryIt('extname', function () { return w.extname(v); });
  tryIt('parse', function () { return w.parse(v); });
  tryIt('format', function () { return w.format(v); });
  tryIt('join', function () { return w.join('a', v); });
  tryIt('resolve', function () { return w.resolve('c:\\', v); });
  tryIt('relative from', function () { return w.relative(v, 'c:\\'); });
  tryIt('relative to', function () { return w.relative('c:\\', v); });
  tryIt('toNamespacedPath', function () { return w.toNamespacedPath(v); });
});
// which argument is checked first
tryIt('basename both bad', function () { return w.basename(1, 2); });
tryIt('relative both bad', function () { return w.relative(1, 2); });
tryIt('join first bad', function () { return w.join(1, 2); });
tryIt('join bad after empty', function () { return w.join('', '', null); });
tryIt('resolve checks from the right', function () { return w.resolve(1, 'x', 2); });
tryIt('resolve stops at an absolute path on a drive', function () { return w.resolve(1, 'c:\\x'); });
tryIt('resolve goes on past a rooted path without a drive', function () { return w.resolve(1, '\\x'); });
tryIt('resolve goes on past a drive-relative path', function () { return w.resolve(1, 'c:x'); });
tryIt('resolve skips another drive, then stops', function () { return w.resolve(1, 'c:\\a', 'd:x'); });
tryIt('resolve no args', function () { return typeof w.resolve(); });
tryIt('join no args', function () { return w.join(); });
tryIt('format null', function () { return w.format(null); });
tryIt('format string', function () { return w.format('c:\\x'); });
tryIt('format array', function () { return w.format(['c:\\x']); });
tryIt('toNamespacedPath empty', function () { return w.toNamespacedPath(''); });
