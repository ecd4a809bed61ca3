// path.win32.isAbsolute: a leading separator (either) or a drive with a separator; a
// drive alone or drive-relative path is not absolute, nor is anything else.
var w = require('path').win32;
['', '.', 'a', '/', '\\', '//', '\\\\', '/a', '\\a', '//server', '\\\\server\\share', '\\\\.\\x', '\\\\?\\c:',
 'c:', 'C:', 'c:a', 'c:/', 'c:\\', 'C:\\a', 'c:/a', 'z:\\', '1:\\', '@:\\', ':\\', 'ab:\\', 'c:\\\\',
 'c', 'c\\', 'CON:\\', '\u00e9:\\', ' c:\\', '.\\c:\\', 'file:///c:/x']
  .forEach(function (p) { console.log(JSON.stringify(p), w.isAbsolute(p)); });
