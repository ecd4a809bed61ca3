// WriteStream failures: opening in a missing directory emits 'error' then 'close'
// (queued writes get the error), 'wx' on an existing file, write after end, and
// writes to a descriptor that is not open for writing.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-writestream-errors-'));
function rel(s) { return String(s).split(dir).join('<dir>'); }
var file = path.join(dir, 'f');
fs.writeFileSync(file, 'exists');

var log = [];
var ws = fs.createWriteStream(path.join(dir, 'no', 'such'));
ws.write('queued', function (err) { log.push('write cb ' + (err && err.code)); });
ws.on('open', function () { log.push('open'); });
ws.on('finish', function () { log.push('finish'); });
ws.on('error', function (err) { log.push('error ' + err.code + ' ' + rel(err.message)); });
ws.on('close', function () {
  log.push('close');
  console.log(log.join('\n'));
  var wx = fs.createWriteStream(file, { flags: 'wx' });
  wx.on('error', function (err) {
    console.log('wx', err.code, rel(err.message), fs.readFileSync(file, 'utf8'));
    var w = fs.createWriteStream(path.join(dir, 'g'));
    w.end('done');
    w.write('late', function (err) {
      console.log('write after end cb', err.code);
    });
    w.on('error', function (err) {
      console.log('write after end', err.code, err.message);
      var fd = fs.openSync(file, 'r');
      var ro = fs.createWriteStream(null, { fd: fd });
      ro.write('nope');
      ro.on('error', function (err) {
        console.log('read-only fd', err.code, err.syscall, err.message);
      });
      ro.on('close', function () {
        console.log('closed', ro.destroyed, fs.readFileSync(file, 'utf8'));
        fs.rmSync(dir, { recursive: true });
        console.log('cleaned', fs.existsSync(dir));
      });
    });
  });
});
