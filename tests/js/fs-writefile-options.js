// writeFile/writeFileSync: string or Buffer data, the encoding as a string argument or
// an option, the flag option ('a', 'wx'), mode, descriptors, and the callback's
// arguments.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-writefile-options-'));
function rel(s) { return String(s).split(dir).join('<dir>'); }
var f = path.join(dir, 'out.txt');

fs.writeFileSync(f, 'abc');
console.log(fs.readFileSync(f, 'utf8'));
fs.writeFileSync(f, Buffer.from([0x68, 0x69]));
console.log(fs.readFileSync(f, 'utf8'));
fs.writeFileSync(f, '68656c6c6f', 'hex');
console.log(fs.readFileSync(f, 'utf8'));
fs.writeFileSync(f, 'aGk=', { encoding: 'base64' });
console.log(fs.readFileSync(f, 'utf8'));
fs.writeFileSync(f, '+more', { flag: 'a' });
console.log(fs.readFileSync(f, 'utf8'));
try {
  fs.writeFileSync(f, 'x', { flag: 'wx' });
} catch (e) {
  console.log(e.code, rel(e.message), Object.keys(e).join());
}
fs.writeFileSync(path.join(dir, 'mode'), 'm', { mode: 416 });
console.log('mode', (fs.statSync(path.join(dir, 'mode')).mode & 511).toString(8));
var fd = fs.openSync(f, 'w');
fs.writeFileSync(fd, 'one ');
fs.writeFileSync(fd, 'two');
fs.closeSync(fd);
console.log(fs.readFileSync(f, 'utf8'));

fs.writeFile(f, 'async', function (err) {
  console.log('cb args', arguments.length, err, fs.readFileSync(f, 'utf8'));
  fs.writeFile(f, '616263', 'hex', function (err) {
    console.log('hex', err, fs.readFileSync(f, 'utf8'));
    fs.writeFile(f, '!', { flag: 'a' }, function (err) {
      console.log('append flag', err, fs.readFileSync(f, 'utf8'));
      fs.writeFile(path.join(dir, 'no', 'such'), 'x', function (err) {
        console.log(err.code, err.errno, err.syscall, rel(err.path), rel(err.message));
        fs.rmSync(dir, { recursive: true });
        console.log('cleaned', fs.existsSync(dir));
      });
    });
  });
});
