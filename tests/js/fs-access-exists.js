// access/accessSync with the F_OK/R_OK/W_OK/X_OK constants, exists (callback gets
// one boolean) and existsSync (false for bad arguments instead of throwing).
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-access-exists-'));
var file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
var script = path.join(dir, 'script');
fs.writeFileSync(script, '#!/bin/sh\n', { mode: 493 });
fs.chmodSync(file, 420);

console.log(fs.constants.F_OK, fs.constants.R_OK, fs.constants.W_OK, fs.constants.X_OK,
  fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
function t(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.syscall, e.message.split(dir).join('<dir>'));
  }
}
t('F_OK', function () { return fs.accessSync(file); });
t('R_OK|W_OK', function () { return fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK); });
t('X_OK script', function () { return fs.accessSync(script, fs.constants.X_OK); });
t('missing', function () { return fs.accessSync(path.join(dir, 'nope'), fs.constants.R_OK); });
t('existsSync file', function () { return fs.existsSync(file); });
t('existsSync dir', function () { return fs.existsSync(dir); });
t('existsSync missing', function () { return fs.existsSync(path.join(dir, 'nope')); });
t('existsSync undefined', function () { return fs.existsSync(); });
t('existsSync object', function () { return fs.existsSync({}); });
t('existsSync buffer', function () { return fs.existsSync(Buffer.from(file)); });

fs.access(file, function (err) {
  console.log('access cb', arguments.length, err);
  fs.access(path.join(dir, 'nope'), fs.constants.W_OK, function (err) {
    console.log('access missing', err.code, err.syscall, err.path === path.join(dir, 'nope'));
    fs.exists(file, function (yes) {
      console.log('exists', arguments.length, yes);
      fs.exists(path.join(dir, 'nope'), function (yes) {
        console.log('exists missing', arguments.length, yes);
        fs.exists(42.5, function (yes) {
          console.log('exists bad path', yes);
          fs.rmSync(dir, { recursive: true });
          console.log('cleaned', fs.existsSync(dir));
        });
      });
    });
  });
});
