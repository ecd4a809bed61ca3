// fs.promises failures are rejections, never synchronous throws: uv errors with Node's
// fields, and argument errors (ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE) too.
var fs = require('fs');
var fsp = require('fs/promises');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-promises-errors-'));
function rel(s) { return String(s).split(dir).join('<dir>'); }
var missing = path.join(dir, 'missing');

var cases = [
  ['readFile missing', function () { return fsp.readFile(missing); }],
  ['readFile dir', function () { return fsp.readFile(dir); }],
  ['writeFile no parent', function () { return fsp.writeFile(path.join(missing, 'x'), 'y'); }],
  ['stat missing', function () { return fsp.stat(missing); }],
  ['readdir missing', function () { return fsp.readdir(missing); }],
  ['mkdir exists', function () { return fsp.mkdir(dir); }],
  ['rename missing', function () { return fsp.rename(missing, path.join(dir, 'b')); }],
  ['copyFile missing', function () { return fsp.copyFile(missing, path.join(dir, 'b')); }],
  ['access missing', function () { return fsp.access(missing); }],
  ['unlink missing', function () { return fsp.unlink(missing); }],
  ['rm dir', function () { return fsp.rm(dir); }],
  ['rm missing', function () { return fsp.rm(missing); }],
  ['open missing', function () { return fsp.open(missing); }],
  ['open wx', function () { return fsp.open(dir, 'wx'); }],
  ['realpath missing', function () { return fsp.realpath(missing); }],
  ['readFile bad path', function () { return fsp.readFile(42); }],
  ['writeFile bad data', function () { return fsp.writeFile(missing, 42); }],
  ['open bad flags', function () { return fsp.open(missing, 'q'); }],
  ['mkdir bad recursive', function () { return fsp.mkdir(missing, { recursive: 1 }); }],
  ['readFile bad encoding', function () { return fsp.readFile(missing, 'utf9'); }],
  ['stat null byte', function () { return fsp.stat('a\u0000'); }]
];

var i = 0;
function next() {
  if (i === cases.length) {
    fs.rmSync(dir, { recursive: true });
    console.log('cleaned', fs.existsSync(dir));
    return;
  }
  var c = cases[i++];
  var p;
  try {
    p = c[1]();
  } catch (e) {
    console.log(c[0], 'threw synchronously', e.code);
    return next();
  }
  console.log(c[0], 'returns a promise', p instanceof Promise);
  p.then(function (v) {
    console.log('  resolved', v);
    next();
  }, function (e) {
    console.log('  rejected', e.name, e.code, e.errno, e.syscall, rel(e.path), '|', rel(e.message));
    next();
  });
}
next();
