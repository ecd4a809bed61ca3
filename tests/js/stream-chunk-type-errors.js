// Chunk validation in byte mode: write() throws ERR_INVALID_ARG_TYPE for anything but
// a string, Buffer or Uint8Array (ERR_STREAM_NULL_VALUES for null); push() and
// unshift() report it as an 'error' on the stream; unknown encodings throw.
var stream = require('stream');

function w() {
  return new stream.Writable({ write: function (c, e, cb) { cb(); } });
}
[5, true, {}, [1, 2], null, undefined, new ArrayBuffer(2)].forEach(function (v) {
  try {
    w().write(v);
    console.log('write accepted', v);
  } catch (e) {
    console.log('write', e.name, e.code, e.message);
  }
});
try {
  w().write('abc', 'klingon');
} catch (e) {
  console.log('write encoding', e.name, e.code, e.message);
}
try {
  w().end(42);
} catch (e) {
  console.log('end', e.code, e.message);
}

function r(label) {
  var s = new stream.Readable({ read: function () {} });
  s.on('error', function (e) { console.log(label, 'error event', e.name, e.code, e.message); });
  s.on('close', function () { console.log(label, 'close, destroyed', s.destroyed); });
  return s;
}
console.log('push(5) returns', r('push 5').push(5));
console.log('push({}) returns', r('push {}').push({ a: 1 }));
console.log('unshift(7) returns', r('unshift 7').unshift(7));
var ok = r('push undefined');
console.log('push(undefined) returns', ok.push(undefined), ok.readableLength);

// In objectMode anything but null goes.
var o = new stream.Writable({ objectMode: true, write: function (c, e, cb) { console.log('objectMode got', c); cb(); } });
o.write(5);
o.write({ k: 1 });
try {
  o.write(null);
} catch (e) {
  console.log('objectMode null', e.code, e.message);
}
