// path.normalize: collapses '//' and '.', resolves '..', keeps a trailing slash, '' becomes '.'.
var path = require('path');
['/foo/bar//baz/asdf/quux/..', 'foo/../../bar', './', '', '.', '..', '/..', '/../a/', 'a/./b/.',
 'a/b/../../..', '//a//b//', '///', 'a/..', 'a/../', './a/../../b', 'foo/bar/', '/.', '.././../x']
  .forEach(function (p) { console.log(JSON.stringify(p), '->', JSON.stringify(path.normalize(p))); });
try { path.normalize(5); } catch (e) { console.log(e.code, e.message); }
