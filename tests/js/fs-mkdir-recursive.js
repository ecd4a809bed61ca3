// mkdir with and without `recursive`: the first directory created is the result (or
// undefined when all exist), a file in the way is EEXIST/ENOTDIR naming the path as
// given, and the mode option; sync and callback forms.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-mkdir-recursive-'));
process.chdir(dir);
fs.writeFileSync('file', 'x');

function t(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.code, e.message);
  }
}

t('plain', function () { return fs.mkdirSync('plain'); });
t('plain again', function () { return fs.mkdirSync('plain'); });
t('deep', function () { return fs.mkdirSync('a/b/c', { recursive: true }); });
t('deep again', function () { return fs.mkdirSync('a/b/c', { recursive: true }); });
t('one more', function () { return fs.mkdirSync('a/b/c/d', { recursive: true }); });
t('dots', function () { return fs.mkdirSync('a/./e/../f', { recursive: true }); });
t('file exists', function () { return fs.mkdirSync('file', { recursive: true }); });
t('under file', function () { return fs.mkdirSync('file/sub', { recursive: true }); });
t('deep under file', function () { return fs.mkdirSync('file/sub/x', { recursive: true }); });
t('missing parent', function () { return fs.mkdirSync('q/r'); });
t('mode', function () {
  fs.mkdirSync('m', { mode: 448 });
  return (fs.statSync('m').mode & 511).toString(8);
});
t('mode string', function () {
  fs.mkdirSync('ms', '750');
  return (fs.statSync('ms').mode & 511).toString(8);
});
console.log(fs.readdirSync('.', { recursive: true }).sort().join(' '));

fs.mkdir('x/y/z', { recursive: true }, function (err, first) {
  console.log('async', arguments.length, err, first);
  fs.mkdir('x/y/z', { recursive: true }, function (err, first) {
    console.log('async again', arguments.length, err, first);
    fs.mkdir('file/q', { recursive: true }, function (err) {
      console.log('async under file', err.code, err.message);
      fs.mkdir('plain2', function (err) {
        console.log('async plain', arguments.length, err, fs.statSync('plain2').isDirectory());
        process.chdir(os.tmpdir());
        fs.rmSync(dir, { recursive: true });
        console.log('cleaned', fs.existsSync(dir));
      });
    });
  });
});
