// path.win32.dirname, basename (with and without a suffix) and extname: both separators,
// trailing separators ignored, a drive's 'C:' never part of the name, a share's root
// kept whole by dirname, dot files, '..', and Node's quirks with a suffix (one longer
// than the name that matches all of it keeps the trailing separators).
var w = require('path').win32;
var paths = [
  '', '.', '..', '...', '/', '\\', '//', '\\\\', '///', 'a', 'a/', 'a\\', 'a//', 'a/b', 'a\\b', 'a\\b\\',
  'a//b', 'a\\\\b', '/a', '\\a', '\\a\\', '/a/b/', 'a/b/c', 'a/.', 'a/..', 'a/b/..', 'c:', 'C:', 'c:\\',
  'c:/', 'c:\\\\', 'c:a', 'c:a\\', 'c:a\\b', 'c:\\a', 'c:\\a\\', 'c:\\a\\b', 'c:\\a\\\\b', 'c:\\\\a',
  'c:.', 'c:..', 'c:.a', 'c:a.', 'c:a.b', 'c:\\foo.ext', 'c:..\\..', 'ab:', 'ab:\\x', '1:\\x', ':x',
  '\\\\server', '\\\\server\\', '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\a',
  '\\\\server\\share\\a\\', '\\\\server\\share\\a\\b', '\\\\server\\share\\\\a', '//server/share/a.b',
  '\\\\server\\\\share', '\\\\\\server\\share', '\\\\.\\PHYSICALDRIVE0', '\\\\.\\C:\\a', '\\\\?\\C:\\a.b',
  '\\\\?\\UNC\\srv\\share\\x', '\\\\.\\', '\\\\?\\', '\\\\.\\x\\', '\\\\..\\a',
  'file', 'file.', '.file', '.file.ext', 'file.ext', 'file.tar.gz', 'a.b.c', 'a..', '..a', '.a.', '.a..',
  '..a.', 'a.b/', 'a.b\\\\', 'dir.ext\\file', 'dir\\.hidden', 'dir\\..', 'dir\\...', 'dir\\....',
  'c:\\dir\\.', 'c:\\dir\\..\\', '\\..', '\\.', '/.ext', 'c:.ext', 'c:..ext', 'a.\\', 'CON', 'CON.txt',
  'c:\\CON:stream', 'file:stream.ext', 'a b.c d', '\u00e9t\u00e9.\u00e9', 'x.\u{1F600}'
];
paths.forEach(function (p) {
  console.log(JSON.stringify(p), 'dirname', JSON.stringify(w.dirname(p)), 'basename',
    JSON.stringify(w.basename(p)), 'extname', JSON.stringify(w.extname(p)));
});
var suffixed = [
  ['a.js', '.js'], ['a.js', 'js'], ['a.js', 'a.js'], ['a.js', 's'], ['a.js', '.JS'], ['a.js', ''],
  ['dir\\a.js', '.js'], ['dir\\a.js\\', '.js'], ['dir\\a.js\\\\', '.js'], ['dir\\a.js', 'a.js'],
  ['dir\\a.js', 'xa.js'], ['dir\\a.js\\', 'xa.js'], ['dir\\a.js/', 'dir\\a.js'], ['\\a.js', '\\a.js'],
  ['c:a.js', '.js'], ['c:a.js', 'a.js'], ['c:a.js', 'c:a.js'], ['c:', 'c:'], ['c:', ':'], ['c:\\', '\\'],
  ['c:\\\\', 'x'], ['\\', 'x'], ['\\\\', '\\'], ['//', 'x'], ['aaa', 'a'], ['aaa', 'aa'], ['aaa', 'aaa'],
  ['aaa', 'aaaa'], ['\\aaa', 'aaa'], ['\\aaa\\', 'aaa'], ['\\aaa\\', 'baaa'], ['x\\bc\\', 'xbc'],
  ['file.tar.gz', '.gz'], ['file.tar.gz', '.tar.gz'], ['file.tar.gz', 'tar'], ['.js', '.js'],
  ['a\\.js', '.js'], ['a\\.js', 'js'], ['\\\\srv\\share', 'share'], ['\\\\srv\\share', 're'],
  ['\\\\srv\\share\\', 're'], ['c:\\a\\b.js', 'b.js\\'], ['ab', 'xab']
];
suffixed.forEach(function (s) {
  console.log('basename', JSON.stringify(s), '->', JSON.stringify(w.basename(s[0], s[1])));
});
