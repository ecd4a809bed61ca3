// read/write on descriptors: (buffer, offset, length, position), the options-object
// forms, read(fd, cb) with its default 16 KiB buffer, strings with position and
// encoding, null positions that advance the file position, and the callbacks'
// (err, bytes, buffer) arguments.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-read-write-fd-'));
var f = path.join(dir, 'data');
fs.writeFileSync(f, 'abcdefghijklmnopqrstuvwxyz');

var fd = fs.openSync(f, 'r+');
var b = Buffer.alloc(10, '.');
console.log(fs.readSync(fd, b, 2, 3, 5), b.toString());
console.log(fs.readSync(fd, b, { offset: 0, length: 4, position: 20 }), b.toString());
console.log(fs.readSync(fd, b), b.toString());
console.log(fs.readSync(fd, b, 0, 4, null), b.toString());
console.log(fs.readSync(fd, b, 0, 10, 24), b.toString());
console.log(fs.readSync(fd, b, 0, 0, 0));
console.log(fs.readSync(fd, b, 0, 5, 100));

console.log(fs.writeSync(fd, 'XYZ', 0), fs.readFileSync(f, 'utf8'));
console.log(fs.writeSync(fd, Buffer.from('12345'), 1, 3, 10), fs.readFileSync(f, 'utf8'));
console.log(fs.writeSync(fd, Buffer.from('__'), { position: 20 }), fs.readFileSync(f, 'utf8'));
console.log(fs.writeSync(fd, '2a2b', 4, 'hex'), fs.readFileSync(f, 'utf8'));
console.log(fs.writeSync(fd, '\u00e9'), 'bytes for one character');
fs.closeSync(fd);

fd = fs.openSync(f, 'r+');
var buf = Buffer.alloc(6);
fs.read(fd, buf, 0, 6, 0, function (err, n, same) {
  console.log('read cb', arguments.length, err, n, same === buf, buf.toString());
  fs.read(fd, { buffer: Buffer.alloc(3), position: 3 }, function (err, n, b2) {
    console.log('read params', err, n, b2.toString());
    fs.read(fd, function (err, n, b3) {
      console.log('read default', err, n, b3.length, JSON.stringify(b3.toString('utf8', 0, n)));
      fs.read(fd, Buffer.alloc(4), { position: 1 }, function (err, n, b4) {
        console.log('read options', err, n, b4.toString());
        fs.read(fd, Buffer.alloc(4), 0, 0, 0, function (err, n) {
          console.log('read zero', arguments.length, err, n);
          writes();
        });
      });
    });
  });
});
function writes() {
  fs.write(fd, Buffer.from('WRITE'), 0, 5, 0, function (err, n, wb) {
    console.log('write cb', arguments.length, err, n, wb.toString());
    fs.write(fd, 'str', function (err, n, s) {
      console.log('write string', err, n, s);
      fs.write(fd, 'pos', 10, function (err, n) {
        console.log('write string at', err, n);
        fs.write(fd, '6869', 12, 'hex', function (err, n) {
          console.log('write hex', err, n);
          fs.write(fd, Buffer.from('tail'), function (err, n) {
            console.log('write buffer only', err, n, JSON.stringify(fs.readFileSync(f, 'utf8')));
            fs.closeSync(fd);
            fs.rmSync(dir, { recursive: true });
            console.log('cleaned', fs.existsSync(dir));
          });
        });
      });
    });
  });
}
