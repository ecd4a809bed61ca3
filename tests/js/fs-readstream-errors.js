// ReadStream failures: a missing file emits 'error' (the open error, no 'open'/'ready')
// then 'close'; reading a directory fails with EISDIR on the read; bad path types throw
// synchronously.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-readstream-errors-'));
function rel(s) { return String(s).split(dir).join('<dir>'); }

var events = [];
var rs = fs.createReadStream(path.join(dir, 'missing'));
['open', 'ready', 'data', 'end'].forEach(function (ev) {
  rs.on(ev, function () { events.push(ev); });
});
rs.on('error', function (err) {
  events.push('error ' + err.code + ' ' + err.syscall + ' ' + rel(err.message) + ' destroyed ' + rs.destroyed);
});
rs.on('close', function () {
  events.push('close');
  console.log(events.join('\n'));
  var ds = fs.createReadStream(dir);
  var order = [];
  ds.on('open', function () { order.push('open'); });
  ds.on('error', function (err) { order.push('error ' + err.code + ' ' + err.syscall + ' ' + err.message); });
  ds.on('close', function () {
    order.push('close');
    console.log(order.join('\n'));
    try {
      fs.createReadStream(42);
    } catch (e) {
      console.log(e.code, e.message);
    }
    try {
      fs.createReadStream(file, { fd: 'x' });
    } catch (e) {
      console.log(e.code, e.message);
    }
    fs.rmSync(dir, { recursive: true });
    console.log('cleaned', fs.existsSync(dir));
  });
  ds.resume();
});
var file = path.join(dir, 'f');
