// path.relative between absolute and relative paths, identical paths, root and trailing slashes.
var path = require('path');
var pairs = [
  ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['/a/b', '/a/b'], ['/a/b', '/a/b/c/d'],
  ['/a/b/c', '/a'], ['/', '/a/b'], ['/a/b', '/'], ['/a/b/', '/a/c/'], ['/foo/bar', '/foo/barbaz'],
  ['/foo/barbaz', '/foo/bar'], ['/a', '/a/../b'], ['', ''], ['x/y', 'x/z']
];
pairs.forEach(function (p) { console.log(JSON.stringify(p), '->', JSON.stringify(path.relative(p[0], p[1]))); });
console.log(path.relative('.', 'a/b'), path.relative('a/b', '.'));
try { path.relative('/a', undefined); } catch (e) { console.log(e.code, e.message); }
