// open/openSync with string flags ('r', 'r+', 'w', 'w+', 'a', 'a+', 'wx', 'ax') and
// numeric ones built from fs.constants: what each allows, creates, truncates and
// appends.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-open-flags-'));
process.chdir(dir);
var C = fs.constants;

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.syscall);
  }
}
function reset() { fs.writeFileSync('f', 'hello'); }
function readAll(fd) {
  var b = Buffer.alloc(32);
  var n = fs.readSync(fd, b, 0, 32, 0);
  return b.toString('utf8', 0, n);
}

reset();
attempt('r read', function () { var fd = fs.openSync('f', 'r'); var s = readAll(fd); fs.closeSync(fd); return s; });
attempt('r write', function () { var fd = fs.openSync('f', 'r'); try { return fs.writeSync(fd, 'x'); } finally { fs.closeSync(fd); } });
attempt('r missing', function () { return fs.openSync('missing', 'r'); });
attempt('r+ write', function () { var fd = fs.openSync('f', 'r+'); fs.writeSync(fd, 'J'); fs.closeSync(fd); return fs.readFileSync('f', 'utf8'); });
attempt('r+ missing', function () { return fs.openSync('missing', 'r+'); });
attempt('w truncates', function () { var fd = fs.openSync('f', 'w'); fs.closeSync(fd); return fs.readFileSync('f').length; });
reset();
attempt('w read', function () { var fd = fs.openSync('f', 'w'); try { return readAll(fd); } finally { fs.closeSync(fd); } });
reset();
attempt('w+ read back', function () { var fd = fs.openSync('f', 'w+'); fs.writeSync(fd, 'abc'); var s = readAll(fd); fs.closeSync(fd); return s; });
reset();
attempt('a appends', function () { var fd = fs.openSync('f', 'a'); fs.writeSync(fd, '!', 0); fs.closeSync(fd); return fs.readFileSync('f', 'utf8'); });
attempt('a+ reads', function () { var fd = fs.openSync('f', 'a+'); fs.writeSync(fd, '?'); var s = readAll(fd); fs.closeSync(fd); return s; });
attempt('wx existing', function () { return fs.openSync('f', 'wx'); });
attempt('wx new', function () { fs.closeSync(fs.openSync('new1', 'wx')); return fs.existsSync('new1'); });
attempt('ax existing', function () { return fs.openSync('f', 'ax'); });
attempt('xa new', function () { fs.closeSync(fs.openSync('new2', 'xa')); return fs.existsSync('new2'); });
attempt('default flags', function () { var fd = fs.openSync('f'); var s = readAll(fd); fs.closeSync(fd); return s; });
attempt('numeric O_WRONLY|O_CREAT|O_TRUNC', function () {
  var fd = fs.openSync('num', C.O_WRONLY | C.O_CREAT | C.O_TRUNC);
  fs.writeSync(fd, 'numeric');
  fs.closeSync(fd);
  return fs.readFileSync('num', 'utf8');
});
attempt('numeric O_CREAT|O_EXCL', function () { return fs.openSync('num', C.O_CREAT | C.O_EXCL | C.O_RDWR); });
attempt('O_DIRECTORY on file', function () { return fs.openSync('f', C.O_RDONLY | C.O_DIRECTORY); });
attempt('mode 0600', function () {
  fs.closeSync(fs.openSync('private', 'w', 384));
  return (fs.statSync('private').mode & 511).toString(8);
});
attempt('mode "644"', function () {
  fs.closeSync(fs.openSync('octal', 'w', '644'));
  return (fs.statSync('octal').mode & 511).toString(8);
});

fs.open('f', function (err, fd) {
  console.log('open cb', arguments.length, err, typeof fd);
  fs.close(fd, function (err) {
    console.log('close cb', arguments.length, err);
    fs.open('f', 'wx', function (err) {
      console.log('open wx cb', err.code, err.message);
      fs.open('cb-new', 'a', 384, function (err, fd) {
        console.log('open a mode', err, (fs.fstatSync(fd).mode & 511).toString(8));
        fs.closeSync(fd);
        process.chdir(os.tmpdir());
        fs.rmSync(dir, { recursive: true });
        console.log('cleaned', fs.existsSync(dir));
      });
    });
  });
});
