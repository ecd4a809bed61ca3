// Whole-file reads and writes beyond one 64 KiB chunk: a 3 MiB file round-trips through
// writeFile/readFile (callback and sync, Buffer and string), and a file whose size
// stat reports as 0 (/proc) is read to EOF.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-readfile-large-'));
var f = path.join(dir, 'big');
var block = Buffer.alloc(4099);
for (var i = 0; i < block.length; i++) block[i] = (i * 7 + (i >> 5)) & 255;
var blocks = [];
for (var k = 0; k < 768; k++) blocks.push(block);
blocks.push(Buffer.from('tail'));
var big = Buffer.concat(blocks);

fs.writeFileSync(f, big);
var back = fs.readFileSync(f);
console.log('sync', back.length, back.equals(big));
var lines = [];
for (var j = 0; j < 20000; j++) lines.push('r\u00e9sum\u00e9 line ' + j);
var text = lines.join('\n');
var proc = fs.readFileSync('/proc/self/status', 'utf8');
console.log('/proc size 0 but read', fs.statSync('/proc/self/status').size, proc.indexOf('Name:') === 0);

fs.writeFile(f, big, function (err) {
  console.log('write cb', err, fs.statSync(f).size);
  fs.readFile(f, function (err, data) {
    console.log('read cb', err, data.length, data.equals(big));
    fs.writeFile(f, text, function (err) {
      fs.readFile(f, 'utf8', function (err, s) {
        console.log('utf8 round trip', err, s.length, s === text, Buffer.byteLength(s));
        fs.readFile('/proc/self/status', function (err, b) {
          console.log('async /proc', err, b.length > 0, b.toString().indexOf('Name:') === 0);
          fs.rmSync(dir, { recursive: true });
          console.log('cleaned', fs.existsSync(dir));
        });
      });
    });
  });
});
