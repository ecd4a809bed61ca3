// path.win32.normalize: both separators, '.' and '..', drives with and without a
// separator, UNC shares (a share's root alone gets a trailing '\'), \\.\ and \\?\ device
// paths, trailing separators, and the '.\' Node puts before a relative result Windows
// could read as a drive or a device (CON:, COM1:, 'x\..\c:', 'name:').
var w = require('path').win32;
var cases = [
  // plain and relative
  '', '.', '..', './', '.\\', '../', '..\\', 'a', 'a/', 'a\\', 'a/b', 'a\\b', 'a/b\\c/d',
  'a//b', 'a\\\\b', 'a/./b', 'a/../b', 'a/b/..', 'a/b/../', 'a/b/../..', 'a/b/../../..',
  '../a', '../../a/b', './a/../../b', 'a/.', 'a/./', 'a/..\\..\\', '...', '.../a', 'a/.../b',
  '..a', 'a..', '.a/..b/.c', 'foo/bar//baz/asdf/quux/..', ' ', ' /a/ ', 'a b/c d',
  'a/b/c/../../../..', 'x/y/../../../z/', '.\\.\\.', '././..', '.././../x',
  // rooted, no drive
  '/', '\\', '//', '\\\\', '///', '\\\\\\', '/a', '\\a', '/a/', '/..', '\\..\\..', '/a/../..',
  '/./a', '\\a\\.\\b\\..', '//a', '\\\\a', '\\\\a\\', '///a/b', '\\\\\\a\\b', '/\\a', '\\/a',
  // drives
  'c:', 'C:', 'z:', 'c:.', 'c:..', 'c:a', 'c:a/b', 'c:a/..', 'c:a/../..', 'c:../a',
  'c:/', 'c:\\', 'C:\\\\', 'c://a', 'c:/a/', 'c:\\a\\..\\..', 'c:/..', 'c:\\.\\a',
  'C:\\foo\\bar\\..\\baz\\', 'c:\\\\\\x', 'c:x\\..\\y:', 'c:\\x\\..\\y:', '1:', '1:\\a', 'ab:',
  'c:con', 'c:\\con:', 'c:con:x',
  // UNC shares
  '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\a', '//server/share',
  '//server/share/', '//server/share/a/../b', '\\\\server\\\\share\\a', '\\\\server\\share\\..',
  '\\\\server\\share\\..\\..\\x', '\\\\server', '\\\\server\\', '\\\\server\\\\', '/\\server/share/x/',
  '\\\\server\\share\\a\\.\\b\\', '\\\\s\\t', '\\\\s\\t\\\\\\u',
  // device and verbatim paths
  '\\\\.\\PHYSICALDRIVE0', '\\\\.\\C:\\a', '\\\\.\\C:\\a\\..\\..', '\\\\?\\C:\\foo\\..\\bar',
  '\\\\?\\UNC\\srv\\share\\x', '\\\\?\\c:', '\\\\?\\C:\\', '\\\\.\\', '\\\\?\\', '\\\\.\\x\\',
  '//./a', '//?/a/..', '\\\\..\\a\\b', '\\\\?x\\a\\b', '\\\\.\\\\\\a', '\\\\.//a/', '\\\\.\\a\\b\\..\\..\\..',
  // colons and reserved device names
  ':', '::', ':\\', ':x', ':\\x', 'a:b', 'ab:\\..', 'a\\c:\\', 'x/../c:/y', '.\\c:', 'a\\..\\c:x',
  'x\\..\\..\\c:', '..\\c:x', 'foo:bar', 'a/b:c', 'a\\:', 'name:', 'name:\\', 'name:x', 'n:a:',
  'CON', 'CON:', 'con:', 'Con:x', 'CON:\\x', 'CON:/', 'CON://x', 'CON:..', 'CON:x\\..\\..',
  'CON:\\..', 'con:c:', 'CON:c:\\x', 'nul:nul:', 'PRN:', 'AUX:x', 'NUL:', 'COM1:', 'COM9:x',
  'COM0:', 'COM10:', 'LPT1:', 'LPT9:\\a', 'LPT0:', 'COM\u00b9:', 'LPT\u00b3:x', 'COM\u2074:',
  'CONIN$:', 'CLOCK$:', 'con :', ' con:', 'con.txt:', 'CONx', 'COM1x', 'nulx', 'conx:', 'con',
  'nul.txt', 'ab\\CON:', '\\con:', '/con:x', '\\\\con:\\x', '.\\CON:x', '..\\con:', 'con:.',
  // other characters
  'a\u0000b', '\u00e9/\u00e8\\..', '\u{1F600}/x', 'a?b/*', 'a|b', 'a\tb\\..'
];
cases.forEach(function (p) {
  console.log(JSON.stringify(p), '->', JSON.stringify(w.normalize(p)));
});
