// path.win32.join: empty arguments skipped, '.' with no arguments, the joined path
// normalized; a leading run of separators becomes one unless the first non-empty
// argument starts with exactly two and a name (a share meant as one), and the '.\' that
// normalize puts before a result Windows could read as a drive or a device.
var w = require('path').win32;
var cases = [
  [], [''], ['', ''], ['.'], ['.', '.'], ['a'], ['a', 'b'], ['a', '', 'b'], ['a/', 'b'],
  ['a\\', '\\b'], ['a', '..'], ['a', '..', '..'], ['..', 'a'], ['a', '../..', 'b'],
  ['/a', 'b'], ['\\a', '\\b\\'], ['a', '/'], ['a', '\\'], ['a', '', '/'],
  ['c:', 'a'], ['c:', '/a'], ['c:/', 'a'], ['c:\\a', '..', 'b'], ['c:', '..'], ['c:', '.'],
  ['a', 'c:'], ['a', 'c:\\x'], ['.', 'c:'], ['.', 'c:\\x'], ['x', '..', 'c:'], ['x', '..', 'c:', 'y'],
  ['a', 'b:c'], ['x', ':'], ['.', ':'], [':', 'x'],
  // leading separators and shares
  ['//server', 'share'], ['\\\\server', 'share'], ['//server/', 'share'], ['//server//', 'share'],
  ['\\\\server\\share', 'a'], ['\\\\server\\share', '..'], ['//server/share', '..', 'x'],
  ['//', 'server', 'share'], ['\\\\', 'server', 'share'], ['\\\\', '\\server', 'share'],
  ['///server', 'share'], ['\\\\\\server', 'share'], ['/', '/server', 'share'], ['/', '//server/share'],
  ['', '//server', 'share'], ['', '', '\\\\server\\share'], ['/', 'a'], ['//', 'a'], ['//', '/a'],
  ['///', 'a'], ['////', 'a'], ['//a'], ['//a', 'b'], ['//a', '/b'], ['//a/', '/b'], ['\\\\a\\b', 'c'],
  ['/\\a', 'b'], ['\\/a', 'b', 'c'], ['//.', 'x'], ['//.', 'x', 'y'], ['//?', 'c:', 'x'],
  ['\\\\?\\c:', 'x'], ['\\\\.\\', 'x'], ['\\\\.\\x', '..', 'y'], ['//server/share/', '/x/'],
  // reserved names and colons
  ['CON:', 'x'], ['x', 'CON:'], ['CON:'], ['con', 'x'], ['COM1:', '..'], ['a', 'nul:', 'b'],
  ['.', 'con:.'], ['CON:', '.'], ['CONx', 'y'], ['name:', 'x'], ['x', 'name:'],
  ['c:', 'con:'], ['c:\\', 'CON:'], ['..', 'c:x'],
  // trailing separators
  ['a', 'b/'], ['a', 'b\\'], ['a/', ''], ['a', 'b', '.\\'], ['c:\\', ''], ['c:', '\\'], ['\\', '']
];
cases.forEach(function (args) {
  console.log(JSON.stringify(args), '->', JSON.stringify(w.join.apply(null, args)));
});
