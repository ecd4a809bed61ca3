// path.join: joins with '/', normalizes '..' and '.', drops empty segments, '' joins to '.'.
var path = require('path');
var cases = [
  ['a', 'b', 'c'], ['/a', 'b', '../c'], ['a/', '/b/', 'c/'], ['a', '', 'b'], [''], ['', ''],
  ['.', '.'], ['..', 'a'], ['a', '..', '..'], ['/', '..'], ['/a/b', '../../..'], ['a//b', './c'],
  ['foo', '/bar'], ['/foo/', 'bar/'], ['./a', './b/'], ['a', '.'], []
];
cases.forEach(function (c) { console.log(JSON.stringify(c), '->', JSON.stringify(path.join.apply(path, c))); });
try { path.join('a', 1); } catch (e) { console.log(e.name, e.code, e.message); }
try { path.join('a', null); } catch (e) { console.log(e.name, e.code, e.message); }
