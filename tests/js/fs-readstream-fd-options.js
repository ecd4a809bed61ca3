// ReadStream from a descriptor (no 'open'; reads from the fd's position unless start
// is given), autoClose: false keeps the fd open, emitClose: false suppresses 'close',
// and close(cb)/destroy() part-way through.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-readstream-fd-options-'));
var file = path.join(dir, 'data');
fs.writeFileSync(file, '0123456789abcdefghij');

var fd = fs.openSync(file, 'r');
fs.readSync(fd, Buffer.alloc(5), 0, 5, null);
var rs = fs.createReadStream(null, { fd: fd, autoClose: false, encoding: 'utf8' });
console.log('fd given', rs.fd === fd, rs.pending, rs.path, rs.autoClose);
rs.on('open', function () { console.log('unexpected open'); });
var text = '';
rs.on('data', function (c) { text += c; });
rs.on('end', function () {
  console.log('from fd position', text);
  setImmediate(function () {
    console.log('destroyed', rs.destroyed, 'fd still open', fs.fstatSync(fd).size);
    var again = fs.createReadStream('', { fd: fd, start: 2, end: 4 });
    again.on('data', function (c) { console.log('start/end on fd', c.toString()); });
    again.on('close', function () {
      var closed;
      try { fs.fstatSync(fd); closed = false; } catch (e) { closed = e.code; }
      console.log('autoClose closed fd', closed);
      quiet();
    });
  });
});

function quiet() {
  var rs2 = fs.createReadStream(file, { emitClose: false });
  rs2.on('close', function () { console.log('unexpected close'); });
  rs2.on('end', function () {
    // the fd closes on the thread pool, which a loaded machine may hold up: wait for
    // it (bounded, so a stream that never closes still fails), then one more turn for
    // the 'close' that must not come
    var polls = 0;
    (function check() {
      if (!rs2.closed && ++polls < 500) return setTimeout(check, 10);
      setImmediate(function () {
        console.log('emitClose false: destroyed', rs2.destroyed, 'closed', rs2.closed);
        partial();
      });
    })();
  });
  rs2.resume();
}

function partial() {
  var rs3 = fs.createReadStream(file, { highWaterMark: 4 });
  var n = 0;
  rs3.on('data', function (c) {
    n++;
    if (n === 2) {
      rs3.close(function (err) {
        console.log('close cb', err && err.code, 'chunks', n, 'destroyed', rs3.destroyed, 'fd', rs3.fd);
        var rs4 = fs.createReadStream(file);
        rs4.on('open', function () {
          rs4.destroy();
        });
        rs4.on('close', function () {
          console.log('destroy after open: fd', rs4.fd, 'bytesRead', rs4.bytesRead);
          fs.rmSync(dir, { recursive: true });
          console.log('cleaned', fs.existsSync(dir));
        });
      });
    }
  });
  rs3.on('end', function () { console.log('unexpected end'); });
}
