// Stats objects: Node's fields in Node's order, Dates that match the *Ms numbers, the
// is*() predicates for files, directories and symlinks (stat follows, lstat does not),
// fstat on a descriptor, the callback forms, throwIfNoEntry, and fs.Stats itself.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-stat-fields-'));
var file = path.join(dir, 'file');
var link = path.join(dir, 'link');
fs.writeFileSync(file, '0123456789');
fs.symlinkSync('file', link);

function kinds(st) {
  return ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket',
    'isBlockDevice', 'isCharacterDevice'].filter(function (m) { return st[m](); }).join(',');
}

var st = fs.statSync(file);
console.log(Object.keys(st).join());
console.log(st instanceof fs.Stats, st.constructor.name);
['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'].forEach(function (k) {
  if (typeof st[k] !== 'number') console.log('not a number:', k);
});
['atime', 'mtime', 'ctime', 'birthtime'].forEach(function (k) {
  console.log(k, st[k] instanceof Date, st[k].getTime() === Math.round(st[k + 'Ms']));
});
console.log('size', st.size, 'nlink', st.nlink, 'type', (st.mode & fs.constants.S_IFMT) === fs.constants.S_IFREG);
console.log('file', kinds(st));
console.log('dir', kinds(fs.statSync(dir)));
console.log('stat link', kinds(fs.statSync(link)), fs.statSync(link).ino === st.ino);
console.log('lstat link', kinds(fs.lstatSync(link)), fs.lstatSync(link).size);
var fd = fs.openSync(file, 'r');
console.log('fstat', kinds(fs.fstatSync(fd)), fs.fstatSync(fd).size, fs.fstatSync(fd).ino === st.ino);
console.log('missing', fs.statSync(path.join(dir, 'nope'), { throwIfNoEntry: false }),
  fs.lstatSync(path.join(dir, 'nope'), { throwIfNoEntry: false }));
console.log('proto methods', Object.keys(fs.Stats.prototype).length,
  typeof fs.Stats.prototype.isFile, typeof fs.Stats.prototype.isDirectory);

fs.stat(file, function (err, s) {
  console.log('async stat', arguments.length, err, s.size, kinds(s));
  fs.lstat(link, function (err, s) {
    console.log('async lstat', err, kinds(s));
    fs.fstat(fd, function (err, s) {
      console.log('async fstat', err, s.size);
      fs.closeSync(fd);
      fs.rmSync(dir, { recursive: true });
      console.log('cleaned', fs.existsSync(dir));
    });
  });
});
