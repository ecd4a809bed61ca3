// path.win32.parse (root, dir, base, ext, name: a drive's root with or without its
// separator, a share's root with the separator after it, device paths as shares,
// trailing separators) and format (dir or root, then base or name and ext; '\' between
// dir and base unless dir is the root; non-string parts turned into strings), and that
// format(parse(p)) is p for ordinary paths.
var w = require('path').win32;
var paths = [
  '', '.', '..', '/', '\\', '//', '\\\\', '\\\\\\', 'a', 'a.b', '.a', 'a/', 'a\\b', 'a\\b\\', 'a\\\\b',
  '\\a', '\\a\\b.c', '\\\\a', '\\\\\\a', '///a/b', 'c:', 'C:', 'c:\\', 'c:/', 'c:\\\\', 'c:a', 'c:a.b',
  'c:\\a', 'c:\\a\\', 'c:\\a\\b', 'c:\\a\\\\b', 'c:\\\\a', 'c:..', 'c:\\..', 'c:\\a\\..', 'c:.ext',
  'C:\\path\\dir\\index.html', 'C:\\another_path\\DIR\\1\\2\\33\\\\index', 'c:\\Program Files\\x.y.z',
  '\\\\server', '\\\\server\\', '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\a',
  '\\\\server\\share\\\\a', '\\\\server\\share\\a\\b.c\\', '//server/share/a/b', '\\\\server\\\\share\\x',
  '\\\\.\\PHYSICALDRIVE0', '\\\\.\\C:\\a', '\\\\?\\C:\\foo\\..\\bar', '\\\\?\\UNC\\srv\\share\\x',
  '\\\\?\\c:', '\\\\.\\', '\\\\?\\', '\\\\.\\x\\', '//x/y/..', 'file', '.file', 'file.', 'file.ext.',
  '..ext', '...', '..', 'a..', 'ab:', 'ab:\\x', ':', 'CON:', 'x/CON', 'c:\\dir\\', 'c:\\dir\\\\\\'
];
paths.forEach(function (p) {
  var o = w.parse(p);
  console.log(JSON.stringify(p), JSON.stringify(o), 'format', JSON.stringify(w.format(o)));
});
var objects = [
  {}, { root: 'c:\\' }, { dir: 'c:\\' }, { root: 'c:\\', dir: 'c:\\' }, { root: 'c:\\', dir: 'c:\\a' },
  { root: 'c:\\', base: 'x' }, { dir: 'c:\\a', base: 'x.y' }, { dir: 'c:\\a\\', base: 'x' },
  { name: 'x', ext: '.y' }, { name: 'x', ext: 'y' }, { name: 'x', ext: '' }, { ext: '.y' },
  { base: 'b', name: 'n', ext: '.e' }, { dir: 'd', name: 'n', ext: 'e' }, { root: 'r', name: 'n' },
  { root: '\\\\srv\\share\\', base: 'x' }, { root: '', dir: '', base: '' }, { dir: 'a', base: '' },
  { root: 1, base: 2 }, { dir: 1, base: 2 }, { name: 0, ext: 0 }, { name: null, ext: '.e' },
  { base: ['a', 'b'] }, { dir: 'x', name: { toString: function () { return 'T'; } } },
  { root: 'c:', dir: 'c:', name: 'x', ext: '.y' }, { ext: '..' }, { ext: '.' }
];
objects.forEach(function (o) {
  console.log('format', JSON.stringify(o), '->', JSON.stringify(w.format(o)));
});
var proto = Object.create({ dir: 'inherited', base: 'b' });
console.log('format inherited', JSON.stringify(w.format(proto)));
