// path.parse splits into root/dir/base/ext/name; path.format joins them back (dir over root, base over name+ext).
var path = require('path');
['/home/user/dir/file.txt', 'file.txt', '/', '', './a.b.c', '/a/b/', '.bashrc', 'dir/', '//x'].forEach(function (p) {
  console.log(JSON.stringify(p), JSON.stringify(path.parse(p)));
});
console.log(path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }));
console.log(path.format({ root: '/', base: 'file.txt', ext: 'ignored' }));
console.log(path.format({ root: '/', name: 'file', ext: '.txt' }));
console.log(path.format({ name: 'x', ext: 'md' }));
console.log(path.format({ dir: 'a' }), JSON.stringify(path.format({})));
console.log(path.format({ root: '/', dir: '/' , base: 'a' }));
console.log(path.format(path.parse('/round/trip.js')));
try { path.format(null); } catch (e) { console.log(e.code, e.message); }
