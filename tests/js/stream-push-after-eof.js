// Errors from misuse: push after EOF, unshift after end, invalid chunk types,
// _read not implemented, writing to a readable-only pipe.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.on('error', function (e) { console.log('r error:', e.name, e.code, e.message); });
r.on('close', function () { console.log('r close'); });
r.push('a');
r.push(null);
console.log('push after eof returns', r.push('b'));

var r2 = new stream.Readable({ read: function () {} });
r2.on('error', function (e) { console.log('r2 error:', e.name, e.code, e.message); });
r2.push(42);

var r3 = new stream.Readable();
r3.on('error', function (e) { console.log('r3 error:', e.code, e.message); });
r3.read();

var w = new stream.Writable();
w.on('error', function (e) { console.log('w error:', e.code, e.message); });
try {
  w.write('x');
} catch (e) {
  console.log('w threw:', e.code, e.message);
}

var w2 = new stream.Writable({ write: function (c, e, cb) { cb(); } });
try {
  w2.write(42);
} catch (e) {
  console.log('w2 threw:', e.name, e.code, e.message);
}
try {
  w2.write('x', 'bogus-enc');
} catch (e) {
  console.log('w2 threw:', e.name, e.code, e.message);
}
w2.on('error', function (e) { console.log('w2 error:', e.code, e.message); });
w2.pipe(new stream.PassThrough());

var w3 = new stream.Writable({ write: function (c, e, cb) { cb(); cb(); } });
w3.on('error', function (e) { console.log('w3 error:', e.code, e.message); });
w3.write('x');
