// path.win32.relative: both paths resolved, compared without regard to case (also where
// lower-casing makes a name longer: 'İ'), '' for the same place, the resolved `to` when
// they share no root (other drive, other share), '..' for each name of `from` past the
// common part; and toNamespacedPath: '\\?\C:\...' and '\\?\UNC\srv\share\...' for
// resolved drive and share paths, the resolved path otherwise, anything else as given.
var w = require('path').win32;
var realCwd = process.cwd;
var pairs = [
  ['', ''], ['a', 'a'], ['a', 'A'], ['c:\\a', 'C:\\A'], ['c:\\a', 'c:\\a\\'], ['c:/a/', 'c:\\a'],
  ['c:\\a\\b', 'c:\\a\\b\\c'], ['c:\\a\\b\\c', 'c:\\a\\b'], ['c:\\a\\b', 'c:\\a\\c'],
  ['c:\\a\\bc', 'c:\\a\\b'], ['c:\\a\\b', 'c:\\a\\bc'], ['c:\\', 'c:\\a'], ['c:\\a', 'c:\\'],
  ['c:\\', 'c:\\'], ['c:\\a\\b', 'd:\\a\\b'], ['c:\\a', 'd:\\'], ['c:', 'd:'], ['c:', 'c:x'],
  ['c:\\foo\\bar\\baz\\quux', 'c:\\foo\\bar\\baz'], ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'],
  ['c:\\aaaa\\bbbb', 'c:\\aaaa'], ['c:\\aaaa\\bbbb', 'd:\\'], ['c:\\foo\\bar', 'c:\\foo\\bar\\..\\baz'],
  ['c:\\Foo\\Bar', 'C:\\foo\\BAZ'], ['\\\\srv\\share\\a', '\\\\srv\\share\\b'], ['\\\\srv\\share', '\\\\srv\\share\\a'],
  ['\\\\srv\\share\\a', '\\\\srv\\share'], ['\\\\srv\\share\\a', '\\\\srv\\other\\a'], ['\\\\srv\\share', 'c:\\x'],
  ['\\\\SRV\\Share\\x', '\\\\srv\\share\\x\\y'], ['\\\\foo\\bar\\baz\\quux', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar'], ['\\\\foo\\baz', '\\\\foo\\baz-quux'],
  ['\\\\foo\\baz-quux', '\\\\foo\\baz'], ['c:\\baz-quux', 'c:\\baz'], ['c:\\baz', 'c:\\baz-quux'],
  ['\\\\.\\dev\\a', '\\\\.\\dev\\b'], ['\\\\?\\c:\\a', 'c:\\a'], ['\\\\?\\c:\\a', '\\\\?\\c:\\b\\c'],
  ['a', 'b'], ['a\\b', 'a'], ['..', 'a'], ['\\', '\\x'], ['\\x', '\\'], ['x', '\\'], ['c:x', 'c:\\'],
  ['c:\\\u0130', 'c:\\\u0130\\x'], ['c:\\\u0130\\a', 'c:\\\u0130\\b'], ['c:\\\u0130\u0130\\a', 'c:\\\u0130\u0130'],
  ['c:\\\u0130', 'c:\\x'], ['c:\\a', 'c:\\\u0130\\b'], ['c:\\x\\\u0130', 'c:\\x\\i\u0307'],
  ['c:\\a\u0130b', 'c:\\A\u0130B\\c'], ['\\\u0130', '\\\u0130\\x'], ['c:\\\u0130', 'd:\\\u0130'],
  ['c:\\K', 'c:\\k'], ['c:\\\u00e9', 'c:\\\u00c9\\x'], ['c:\\\u03c3', 'c:\\\u03a3\\x']
];
var cwds = ['C:\\Users\\me', 'd:\\w', '\\\\srv\\share\\dir', '/tmp/x', 'D:rel', ''];
cwds.forEach(function (cwd) {
  process.cwd = function () { return cwd; };
  console.log('-- cwd', JSON.stringify(cwd));
  pairs.forEach(function (p) {
    console.log(JSON.stringify(p), '->', JSON.stringify(w.relative(p[0], p[1])));
  });
});

var ns = ['', 'c:\\x', 'C:/a/../b', 'c:', 'c:x', 'C:\\', '\\\\srv\\share', '\\\\srv\\share\\x\\..',
  '//srv/share/x', '\\\\?\\c:\\x', '\\\\?\\UNC\\srv\\share', '\\\\.\\PHYSICALDRIVE0', '\\\\.\\c:\\x',
  '\\x', '\\', 'x', '.', '..', 'CON', '\\\\.\\', '\\\\?\\', '\\\\\\x', '\\\\srv', 'a:', 'ab', 'c:\\..'];
cwds.forEach(function (cwd) {
  process.cwd = function () { return cwd; };
  console.log('-- toNamespacedPath, cwd', JSON.stringify(cwd));
  ns.forEach(function (p) {
    console.log(JSON.stringify(p), '->', JSON.stringify(w.toNamespacedPath(p)));
  });
});
process.cwd = realCwd;
[undefined, null, 1, true, {}, ['c:\\x']].forEach(function (v) {
  var r = w.toNamespacedPath(v);
  console.log('toNamespacedPath', typeof v, r === v);
});
