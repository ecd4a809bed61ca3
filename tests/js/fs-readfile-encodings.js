// readFile/readFileSync: a Buffer without an encoding, a string with one (string
// argument or options object), for paths and descriptors, sync and async.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-readfile-encodings-'));
var file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'h\u00e9llo \u20ac\n');

var b = fs.readFileSync(file);
console.log('sync buffer', Buffer.isBuffer(b), b.length, b.toString('hex'));
console.log('sync utf8', JSON.stringify(fs.readFileSync(file, 'utf8')));
console.log('sync utf-8 option', JSON.stringify(fs.readFileSync(file, { encoding: 'utf-8' })));
console.log('sync hex', fs.readFileSync(file, 'hex'));
console.log('sync base64', fs.readFileSync(file, { encoding: 'base64', flag: 'r' }));
console.log('sync latin1', JSON.stringify(fs.readFileSync(file, 'latin1')));
console.log('null encoding', Buffer.isBuffer(fs.readFileSync(file, { encoding: null })));

var empty = path.join(dir, 'empty');
fs.writeFileSync(empty, '');
console.log('empty', fs.readFileSync(empty).length, JSON.stringify(fs.readFileSync(empty, 'utf8')));

var fd = fs.openSync(file, 'r');
var first = Buffer.alloc(3);
fs.readSync(fd, first, 0, 3, null);
console.log('fd rest', JSON.stringify(fs.readFileSync(fd, 'utf8')));
fs.closeSync(fd);

fs.readFile(file, function (err, data) {
  console.log('async buffer', err, Buffer.isBuffer(data), data.length);
  fs.readFile(file, 'hex', function (err, s) {
    console.log('async hex', err, s);
    fs.readFile(file, { encoding: 'utf8' }, function (err, s) {
      console.log('async utf8', err, JSON.stringify(s));
      var fd2 = fs.openSync(file, 'r');
      fs.readFile(fd2, 'utf8', function (err, s) {
        console.log('async fd', err, JSON.stringify(s));
        fs.closeSync(fd2);
        fs.rmSync(dir, { recursive: true });
        console.log('cleaned', fs.existsSync(dir));
      });
    });
  });
});
