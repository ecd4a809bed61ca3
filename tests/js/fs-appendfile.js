// appendFile/appendFileSync: create the file if missing, append strings and Buffers,
// honour the encoding, and append through a descriptor.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-appendfile-'));
var f = path.join(dir, 'log.txt');

fs.appendFileSync(f, 'first\n');
fs.appendFileSync(f, Buffer.from('second\n'));
fs.appendFileSync(f, '746869726420', 'hex');
fs.appendFileSync(f, 'line\n', { encoding: 'utf8', flag: 'a' });
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));

var fd = fs.openSync(f, 'a');
fs.appendFileSync(fd, 'via fd\n');
fs.closeSync(fd);

fs.appendFile(f, 'async\n', function (err) {
  console.log('cb', arguments.length, err);
  fs.appendFile(f, Buffer.from('buf\n'), { mode: 420 }, function (err) {
    console.log('cb2', err);
    console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));
    fs.appendFile(path.join(dir, 'new.txt'), 'created', function (err) {
      console.log('new', err, fs.readFileSync(path.join(dir, 'new.txt'), 'utf8'));
      fs.rmSync(dir, { recursive: true });
      console.log('cleaned', fs.existsSync(dir));
    });
  });
});
