// readdir/readdirSync: names in the order the file system gives them (libuv sorts),
// withFileTypes Dirents with their predicates and parentPath/path, the 'buffer'
// encoding, and the recursive walk (breadth first).
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-readdir-dirent-'));
fs.mkdirSync(path.join(dir, 'b', 'deep', 'er'), { recursive: true });
fs.mkdirSync(path.join(dir, 'a'));
fs.writeFileSync(path.join(dir, 'z.txt'), 'z');
fs.writeFileSync(path.join(dir, 'B.txt'), 'B');
fs.writeFileSync(path.join(dir, 'b', 'inner.txt'), 'i');
fs.writeFileSync(path.join(dir, 'b', 'deep', 'f'), 'f');
fs.symlinkSync('z.txt', path.join(dir, 'ln'));

console.log(fs.readdirSync(dir));
var ents = fs.readdirSync(dir, { withFileTypes: true });
ents.forEach(function (d) {
  console.log(d.name, d instanceof fs.Dirent, d.isFile(), d.isDirectory(), d.isSymbolicLink(),
    d.parentPath === dir, d.path === dir);
});
console.log(Object.keys(ents[0]).join());
console.log(fs.readdirSync(dir, 'buffer').map(function (b) { return Buffer.isBuffer(b) + ':' + b.toString(); }).join(' '));
console.log(fs.readdirSync(dir, { recursive: true }));
console.log(fs.readdirSync(dir, { recursive: true, withFileTypes: true }).map(function (d) {
  return path.relative(dir, path.join(d.parentPath, d.name)) + (d.isDirectory() ? '/' : '');
}));
console.log(fs.readdirSync(path.join(dir, 'b', 'deep', 'er')));

fs.readdir(dir, function (err, names) {
  console.log('async', arguments.length, err, names);
  fs.readdir(dir, { withFileTypes: true }, function (err, ents) {
    console.log('async types', err, ents.map(function (d) { return d.name + (d.isDirectory() ? '/' : ''); }).join(' '));
    fs.readdir(dir, { recursive: true }, function (err, all) {
      console.log('async recursive', err, all);
      fs.rmSync(dir, { recursive: true });
      console.log('cleaned', fs.existsSync(dir));
    });
  });
});
