// path.win32.resolve: taken from the right until a path is absolute and on a drive or
// share, paths on another drive skipped, '.' and '..' resolved, trailing separators
// dropped; the current folder comes from process.cwd() when it is called (replaced here
// by Windows-like and POSIX-like folders), and a drive that is not the current folder's
// starts at its root. With the real cwd (a POSIX path) the result has no drive.
var w = require('path').win32;
var realCwd = process.cwd;
var cwds = ['C:\\Users\\me', 'c:/x/../y/', 'D:\\', 'd:', 'D:rel\\dir', '\\\\srv\\share\\dir',
  '\\\\srv\\share', '\\\\.\\dev\\x', '/tmp/x', '/a/../b/', '/', '//x', 'rel\\dir', ''];
var cases = [
  [], [''], ['.'], ['', ''], ['./'], ['x'], ['..'], ['../..\\..'], ['a/b', '..'],
  ['c:'], ['C:x'], ['c:..'], ['d:'], ['D:y\\..\\z'], ['\\z'], ['/z/'], ['c:\\'], ['c:/a/b/'],
  ['c:\\a', 'b'], ['c:\\a', '\\b'], ['c:\\a', 'd:b'], ['c:\\a', 'C:b'], ['c:\\a', 'c:..\\..\\b'],
  ['d:\\a', 'c:b', 'x'], ['c:\\a', 'd:\\b', 'c:x'], ['c:x', 'd:y'], ['c:x', 'C:y'],
  ['a', 'c:\\b', 'c'], ['\\\\srv\\share', 'x'], ['\\\\srv\\share\\', '..'], ['\\\\srv\\share', 'c:x'],
  ['\\\\srv\\share\\a', '\\b'], ['//srv/share/a', '../../../b'], ['\\\\srv\\other', '\\\\srv\\share\\x'],
  ['\\\\srv'], ['\\\\srv\\'], ['\\\\'], ['\\\\\\x'], ['//x/y/..'], ['\\\\.\\PHYSICALDRIVE0'],
  ['\\\\.\\C:\\a', '..'], ['\\\\?\\C:\\foo\\..\\bar'], ['\\\\?\\c:'], ['\\\\.\\'], ['\\\\?\\'],
  ['\\\\.\\x', 'y'], ['\\\\?\\x', 'c:y'], ['CON'], ['con:'], ['c:con'], ['a:b'], [':'], ['x:\\', ':'],
  ['c:\\a\\..\\..\\..'], ['C:\\', 'c:\\x'], ['c:\\', 'C:\\x'], ['\\\\SRV\\Share', '\\\\srv\\share\\x']
];
cwds.forEach(function (cwd) {
  process.cwd = function () { return cwd; };
  console.log('-- cwd', JSON.stringify(cwd));
  cases.forEach(function (args) {
    console.log(JSON.stringify(args), '->', JSON.stringify(w.resolve.apply(null, args)));
  });
});
process.cwd = realCwd;
// the real current folder: a POSIX path, seen as rooted on no drive
process.chdir('/');
console.log('-- cwd /', JSON.stringify([w.resolve(), w.resolve('x'), w.resolve('c:x'), w.resolve('..')]));
