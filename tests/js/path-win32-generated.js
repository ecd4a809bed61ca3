// path.win32 on 250 paths built from a fixed pseudo-random sequence of pieces (separators,
// dots, drives, colons, share and device prefixes, reserved names, names with dots,
// 'İ'): every function on each, with a second path for join, resolve and relative and a
// Windows-like current folder. One line per path: the path, then isAbsolute, normalize,
// dirname, basename, extname, parse, join, resolve, relative, toNamespacedPath, and
// basename with a suffix taken from the path's end.
var w = require('path').win32;
var pieces = ['\\', '/', '\\\\', '//', '.', '..', 'a', 'b', 'abc', 'C:', 'c:', 'z:', ':', '?', '.\\',
  'UNC', 'CON', 'nul', 'COM1', 'LPT\u00b3', 'x.txt', '.ext', '...', 'a.b.c', ' ', '\u0130', '1:',
  '\\\\?\\', '\\\\.\\', '\\\\srv\\sh', '.a', 'a.', '..a'];
var seed = 20240611;
function rnd(n) {
  seed = seed * 16807 % 2147483647;  // Park-Miller: exact in doubles
  return seed % n;
}
function gen() {
  var s = '';
  for (var n = rnd(6) + 1; n > 0; n--)
    s += pieces[rnd(pieces.length)];
  return s;
}
var cwds = ['C:\\Users\\me', 'c:/x/../y/', '\\\\srv\\share\\dir', '/tmp/x', 'D:rel'];
var realCwd = process.cwd;
for (var i = 0; i < 250; i++) {
  var p = gen();
  var q = gen();
  var cwd = cwds[i % cwds.length];
  process.cwd = function () { return cwd; };
  var o = w.parse(p);
  console.log(JSON.stringify(p), JSON.stringify(q), JSON.stringify([w.isAbsolute(p), w.normalize(p),
    w.dirname(p), w.basename(p), w.extname(p), o.root, o.dir, o.base, o.ext, o.name, w.join(p, q),
    w.resolve(p, q), w.relative(p, q), w.toNamespacedPath(p), w.basename(p, p.slice(i % (p.length + 1)))]));
}
process.cwd = realCwd;
