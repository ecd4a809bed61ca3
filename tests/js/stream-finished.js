// stream.finished(stream, cb): end, finish, premature close, errors, cleanup.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
stream.finished(r, function (err) { console.log('readable finished', err); });
r.resume();
r.push('x');
r.push(null);

var w = new stream.Writable({ write: function (c, e, cb) { setImmediate(cb); } });
stream.finished(w, function (err) { console.log('writable finished', err); });
w.end('y');

var r2 = new stream.Readable({ read: function () {} });
stream.finished(r2, function (err) { console.log('premature', err.code, err.message); });
r2.destroy();

var w2 = new stream.Writable({ write: function (c, e, cb) { cb(new Error('write failed')); } });
w2.on('error', function () {});
stream.finished(w2, function (err) { console.log('errored', err.message); });
w2.write('z');

var r3 = new stream.Readable({ read: function () {} });
var cleanup = stream.finished(r3, function () { console.log('should not be called'); });
console.log('cleanup is function', typeof cleanup);
cleanup();
r3.destroy();

// Already finished streams call back on a later tick.
var r4 = new stream.Readable({ read: function () { this.push(null); } });
r4.resume();
r4.on('close', function () {
  stream.finished(r4, function (err) { console.log('late finished', err); });
  console.log('after late finished call');
});

// Options: readable: false on a Duplex only waits for the writable side.
var d = new stream.Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } });
stream.finished(d, { readable: false }, function (err) { console.log('duplex writable side done', err); });
d.end();

try {
  stream.finished({}, function () {});
} catch (e) {
  console.log(e.code, e.message);
}
try {
  stream.finished(new stream.PassThrough());
} catch (e) {
  console.log(e.code, e.message);
}
