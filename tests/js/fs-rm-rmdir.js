// rm (recursive, force), rmdir and unlink: what each refuses and how, sync and async.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-rm-rmdir-'));
process.chdir(dir);
function tree(root) {
  fs.mkdirSync(root + '/a/b', { recursive: true });
  fs.writeFileSync(root + '/a/f1', '1');
  fs.writeFileSync(root + '/a/b/f2', '2');
  fs.symlinkSync('a', root + '/ln');
}
function t(label, fn) {
  try {
    var r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.syscall, '|', e.message);
  }
}

tree('t1');
fs.writeFileSync('file', 'x');
t('rmSync dir', function () { fs.rmSync('t1'); });
t('rmSync missing', function () { fs.rmSync('missing'); });
t('rmSync missing force', function () { fs.rmSync('missing', { force: true }); });
t('rmSync file', function () { fs.rmSync('file'); return fs.existsSync('file'); });
t('rmSync symlink only', function () { fs.rmSync('t1/ln'); return fs.existsSync('t1/a/f1'); });
t('rmSync recursive', function () { fs.rmSync('t1', { recursive: true }); return fs.existsSync('t1'); });
tree('t2');
t('rmdirSync not empty', function () { fs.rmdirSync('t2'); });
t('rmdirSync file', function () { fs.rmdirSync('t2/a/f1'); });
t('rmdirSync missing', function () { fs.rmdirSync('missing'); });
t('unlinkSync dir', function () { fs.unlinkSync('t2/a'); });
t('unlinkSync file', function () { fs.unlinkSync('t2/a/f1'); return fs.readdirSync('t2/a'); });
t('rmdirSync empty', function () { fs.mkdirSync('empty'); fs.rmdirSync('empty'); return fs.existsSync('empty'); });

tree('t3');
fs.rm('t3', function (err) {
  console.log('rm dir', err.name, err.code, err.message, err.errno, err.syscall, JSON.stringify(err.info));
  fs.rm('missing', function (err) {
    console.log('rm missing', err.code, err.syscall, err.message);
    fs.rm('missing', { force: true }, function (err) {
      console.log('rm missing force', arguments.length, err);
      fs.rm('t3', { recursive: true }, function (err) {
        console.log('rm recursive', arguments.length, err, fs.existsSync('t3'));
        fs.rmdir('t2', function (err) {
          console.log('rmdir not empty', err.code, err.message);
          fs.unlink('t2/a/b/f2', function (err) {
            console.log('unlink', arguments.length, err, fs.readdirSync('t2/a/b'));
            process.chdir(os.tmpdir());
            fs.rmSync(dir, { recursive: true });
            console.log('cleaned', fs.existsSync(dir));
          });
        });
      });
    });
  });
});
