// rename and copyFile: contents move or copy, COPYFILE_EXCL refuses an existing
// destination, rename replaces a file, and the callback forms.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-rename-copyfile-'));
process.chdir(dir);

fs.writeFileSync('a', 'alpha');
fs.copyFileSync('a', 'b');
console.log('copy', fs.readFileSync('b', 'utf8'), fs.readFileSync('a', 'utf8'));
fs.writeFileSync('c', 'gamma');
fs.copyFileSync('c', 'b');
console.log('copy over', fs.readFileSync('b', 'utf8'));
try {
  fs.copyFileSync('a', 'b', fs.constants.COPYFILE_EXCL);
} catch (e) {
  console.log('excl', e.code, e.message, e.path, e.dest);
}
fs.renameSync('a', 'renamed');
console.log('rename', fs.existsSync('a'), fs.readFileSync('renamed', 'utf8'));
fs.renameSync('renamed', 'c');
console.log('rename over', fs.readdirSync('.'), fs.readFileSync('c', 'utf8'));
fs.mkdirSync('d');
fs.renameSync('c', 'd/c');
console.log('into dir', fs.readdirSync('d'));

fs.copyFile('b', 'e', function (err) {
  console.log('copyFile cb', arguments.length, err, fs.readFileSync('e', 'utf8'));
  fs.copyFile('b', 'e', fs.constants.COPYFILE_EXCL, function (err) {
    console.log('copyFile excl cb', err.code, err.syscall, err.message);
    fs.rename('e', 'f', function (err) {
      console.log('rename cb', arguments.length, err, fs.readdirSync('.'));
      fs.rename('d', 'b', function (err) {
        console.log('rename dir over file', err.code, err.message);
        process.chdir(os.tmpdir());
        fs.rmSync(dir, { recursive: true });
        console.log('cleaned', fs.existsSync(dir));
      });
    });
  });
});
