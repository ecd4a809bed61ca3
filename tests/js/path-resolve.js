// path.resolve: right-to-left until absolute, relative to cwd otherwise; trailing slashes removed.
var path = require('path');
var cwd = process.cwd();
function r() { return JSON.stringify(path.resolve.apply(path, arguments)); }
console.log(r('/foo/bar', './baz'), r('/foo/bar', '/tmp/file/'), r('/a', 'b', '..', 'c/'));
console.log(r('/'), r('/', '..', '..'), r('/a//b/'), r('/a', '', 'b'));
console.log(path.resolve() === cwd, path.resolve('') === cwd, path.resolve('.') === cwd);
console.log(path.relative(cwd, path.resolve('x/y')), path.resolve('x') === path.join(cwd, 'x'));
console.log(path.resolve('..') === path.dirname(cwd));
console.log(path.isAbsolute(path.resolve('rel')));
try { path.resolve({}); } catch (e) { console.log(e.name, e.code, e.message); }
