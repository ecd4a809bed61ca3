// path.dirname, path.basename (with an ext to strip) and path.extname edge cases.
var path = require('path');
['/a/b/c', '/a/b/c/', '/a', '/', 'a', '', 'a/b', '//a', '//', 'a//b//', '.', '..', '/a/b.js']
  .forEach(function (p) { console.log('dirname', JSON.stringify(p), JSON.stringify(path.dirname(p))); });
[['/a/b/file.txt'], ['/a/b/file.txt', '.txt'], ['/a/b/file.txt', 'txt'], ['/a/b/file.txt', 'file.txt'],
 ['/a/b/'], ['file'], [''], ['/'], ['.js', '.js'], ['a.js', '.JS'], ['//a//'], ['x.tar.gz', '.gz'], ['dir/a.b/', '.b/']]
  .forEach(function (c) { console.log('basename', JSON.stringify(c), JSON.stringify(path.basename.apply(path, c))); });
['index.html', 'index.coffee.md', 'index.', 'index', '.index', '.index.md', '', 'a/b.c/d', 'a.b/', '..', '...', 'a..', '/x/.y.z']
  .forEach(function (p) { console.log('extname', JSON.stringify(p), JSON.stringify(path.extname(p))); });
try { path.basename('/a', 5); } catch (e) { console.log(e.code, e.message); }
try { path.dirname(null); } catch (e) { console.log(e.code, e.message); }
