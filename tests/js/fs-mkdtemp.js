// mkdtemp/mkdtempSync: the prefix plus six characters, a new empty directory each time,
// the 'buffer' encoding, and the error for a missing parent.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-mkdtemp-'));
var prefix = path.join(dir, 'tmp-');

var a = fs.mkdtempSync(prefix);
var b = fs.mkdtempSync(prefix);
console.log(a.indexOf(prefix) === 0, a.length - prefix.length, /^[A-Za-z0-9]{6}$/.test(a.slice(prefix.length)));
console.log(a !== b, fs.statSync(a).isDirectory(), fs.readdirSync(a).length);
var c = fs.mkdtempSync(prefix, 'buffer');
console.log(Buffer.isBuffer(c), c.toString().indexOf(prefix) === 0);
try {
  fs.mkdtempSync(path.join(dir, 'missing', 'x-'));
} catch (e) {
  console.log(e.code, e.syscall, e.message.split(dir).join('<dir>'));
}
fs.mkdtemp(prefix, function (err, d) {
  console.log('cb', arguments.length, err, d.indexOf(prefix) === 0, d.length - prefix.length, fs.existsSync(d));
  fs.mkdtemp(path.join(dir, 'no', 'x'), function (err) {
    console.log('cb error', err.code, err.path.split(dir).join('<dir>').slice(0, -6), err.path.length - dir.length);
    console.log(fs.readdirSync(dir).length);
    fs.rmSync(dir, { recursive: true });
    console.log('cleaned', fs.existsSync(dir));
  });
});
