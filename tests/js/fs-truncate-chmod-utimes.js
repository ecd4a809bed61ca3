// truncate/ftruncate (shrink, extend with zeros, default 0), chmod/fchmod (numbers and
// octal strings), utimes/futimes (seconds, Dates, numeric strings) as seen by stat.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-truncate-chmod-utimes-'));
var f = path.join(dir, 'f');
fs.writeFileSync(f, '0123456789');

fs.truncateSync(f, 4);
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));
fs.truncateSync(f, 6);
console.log(fs.readFileSync(f).toString('hex'));
var fd = fs.openSync(f, 'r+');
fs.ftruncateSync(fd, 2);
console.log(fs.fstatSync(fd).size);
fs.ftruncateSync(fd);
console.log(fs.fstatSync(fd).size);
fs.truncateSync(f, -5);
console.log(fs.statSync(f).size);

function mode(p) { return (fs.statSync(p).mode & 4095).toString(8); }
fs.chmodSync(f, 384);
console.log(mode(f));
fs.chmodSync(f, '755');
console.log(mode(f));
fs.fchmodSync(fd, 420);
console.log(mode(f));

fs.utimesSync(f, 1000000000, 1500000000);
var st = fs.statSync(f);
console.log(st.atimeMs, st.mtimeMs, st.mtime.toISOString());
fs.utimesSync(f, new Date('2001-02-03T04:05:06.789Z'), '1234567890');
st = fs.statSync(f);
console.log(st.atime.toISOString(), st.mtimeMs);
fs.futimesSync(fd, 2000000000.5, 1999999999);
st = fs.fstatSync(fd);
console.log(st.atimeMs, st.mtimeMs);

fs.truncate(f, 3, function (err) {
  console.log('truncate cb', arguments.length, err, fs.statSync(f).size);
  fs.ftruncate(fd, function (err) {
    console.log('ftruncate cb', err, fs.statSync(f).size);
    fs.chmod(f, 448, function (err) {
      console.log('chmod cb', arguments.length, err, mode(f));
      fs.utimes(f, 5, 6, function (err) {
        console.log('utimes cb', arguments.length, err, fs.statSync(f).atimeMs, fs.statSync(f).mtimeMs);
        fs.futimes(fd, 7, 8, function (err) {
          console.log('futimes cb', err, fs.statSync(f).mtimeMs);
          fs.closeSync(fd);
          fs.rmSync(dir, { recursive: true });
          console.log('cleaned', fs.existsSync(dir));
        });
      });
    });
  });
});
