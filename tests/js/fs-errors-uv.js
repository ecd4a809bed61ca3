// Node's uv errors from the sync and callback forms: message text, code, errno
// (negative), syscall, path, own enumerable keys in Node's order, and dest for the
// two-path calls.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-errors-uv-'));
process.chdir(dir);
fs.writeFileSync('file', 'x');
fs.mkdirSync('sub');
fs.writeFileSync('sub/inner', 'y');

function show(label, e) {
  console.log(label + ':', e instanceof Error, e.name, e.code, e.errno, e.syscall,
    JSON.stringify(e.path), JSON.stringify(e.dest), '|', e.message, '|', Object.keys(e).join());
}
function sync(label, fn) {
  try {
    fn();
    console.log(label + ': no error');
  } catch (e) {
    show(label, e);
  }
}

sync('openSync', function () { fs.openSync('missing'); });
sync('openSync wx', function () { fs.openSync('file', 'wx'); });
sync('readFileSync dir', function () { fs.readFileSync('sub'); });
sync('readFileSync missing', function () { fs.readFileSync('missing', 'utf8'); });
sync('statSync', function () { fs.statSync('missing'); });
sync('lstatSync', function () { fs.lstatSync('missing'); });
sync('statSync notdir', function () { fs.statSync('file/x'); });
sync('readdirSync', function () { fs.readdirSync('file'); });
sync('mkdirSync', function () { fs.mkdirSync('sub'); });
sync('rmdirSync', function () { fs.rmdirSync('sub'); });
sync('unlinkSync', function () { fs.unlinkSync('sub'); });
sync('renameSync', function () { fs.renameSync('missing', 'other'); });
sync('copyFileSync', function () { fs.copyFileSync('missing', 'other'); });
sync('copyFileSync excl', function () { fs.copyFileSync('file', 'sub/inner', fs.constants.COPYFILE_EXCL); });
sync('symlinkSync', function () { fs.symlinkSync('file', 'sub'); });
sync('linkSync', function () { fs.linkSync('missing', 'l'); });
sync('readlinkSync', function () { fs.readlinkSync('file'); });
sync('accessSync', function () { fs.accessSync('missing'); });
sync('chmodSync', function () { fs.chmodSync('missing', 420); });
sync('utimesSync', function () { fs.utimesSync('missing', 1, 1); });
sync('truncateSync', function () { fs.truncateSync('missing'); });
sync('mkdtempSync', function () { fs.mkdtempSync('missing/t-'); });
sync('closeSync', function () { fs.closeSync(12345); });
sync('fstatSync', function () { fs.fstatSync(12345); });
sync('readSync', function () { fs.readSync(12345, Buffer.alloc(1), 0, 1, 0); });
sync('writeSync', function () { fs.writeSync(12345, 'x'); });
sync('writeSync buffer', function () { fs.writeSync(12345, Buffer.from('x')); });
sync('ftruncateSync', function () { fs.ftruncateSync(12345); });
sync('fsyncSync', function () { fs.fsyncSync(12345); });

var pending = [
  function (cb) { fs.open('missing', 'r', cb); },
  function (cb) { fs.readFile('missing', cb); },
  function (cb) { fs.readFile('sub', cb); },
  function (cb) { fs.stat('missing', cb); },
  function (cb) { fs.readdir('missing', cb); },
  function (cb) { fs.rename('missing', 'other', cb); },
  function (cb) { fs.copyFile('missing', 'other', cb); },
  function (cb) { fs.unlink('missing', cb); },
  function (cb) { fs.rmdir('file', cb); },
  function (cb) { fs.mkdir('file', cb); },
  function (cb) { fs.close(12345, cb); },
  function (cb) { fs.write(12345, 'x', cb); },
  function (cb) { fs.read(12345, Buffer.alloc(2), 0, 2, null, cb); }
];
var names = ['open', 'readFile', 'readFile dir', 'stat', 'readdir', 'rename', 'copyFile',
  'unlink', 'rmdir', 'mkdir', 'close', 'write', 'read'];
function next(i) {
  if (i === pending.length) {
    process.chdir(os.tmpdir());
    fs.rmSync(dir, { recursive: true });
    console.log('cleaned', fs.existsSync(dir));
    return;
  }
  pending[i](function (err) {
    show('async ' + names[i] + ' (' + arguments.length + ' args)', err);
    next(i + 1);
  });
}
next(0);
