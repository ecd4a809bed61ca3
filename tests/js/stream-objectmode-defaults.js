// objectMode: highWaterMark defaults to 16 objects (Node 20), write() returns false at
// the 16th pending object and push() at the 16th buffered one; strings and Buffers are
// not converted and count 1 each.
var stream = require('stream');

var w = new stream.Writable({ objectMode: true, write: function (c, e, cb) { setImmediate(cb); } });
console.log('writable objectMode hwm', w.writableHighWaterMark, w.writableObjectMode);
var res = [];
for (var i = 0; i < 17; i++) res.push(w.write(i % 2 ? 'a long string chunk' : Buffer.alloc(1000)) ? 'T' : 'F');
console.log('writes', res.join(''), 'length', w.writableLength);

var r = new stream.Readable({ objectMode: true, read: function () {} });
console.log('readable objectMode hwm', r.readableHighWaterMark, r.readableObjectMode);
var pushes = [];
for (var j = 0; j < 17; j++) pushes.push(r.push({ n: j }) ? 'T' : 'F');
console.log('pushes', pushes.join(''), 'length', r.readableLength);
console.log('read() gives one object', JSON.stringify(r.read()), r.readableLength);

var r2 = new stream.Readable({ objectMode: true, read: function () {} });
r2.push('str');
r2.push(Buffer.from('buf'));
var a = r2.read();
var b = r2.read();
console.log('kept as given', typeof a, a, Buffer.isBuffer(b), b.toString());

// Duplex and Transform: readableObjectMode / writableObjectMode separately.
var t = new stream.Transform({
  writableObjectMode: true,
  transform: function (obj, enc, cb) { cb(null, JSON.stringify(obj)); }
});
console.log('transform hwm', t.writableHighWaterMark, t.readableHighWaterMark,
  t.writableObjectMode, t.readableObjectMode);
t.on('data', function (chunk) { console.log('transform out', Buffer.isBuffer(chunk), chunk.toString()); });
t.write({ a: 1 });
t.end([2]);

var d = new stream.Duplex({ readableObjectMode: true, read: function () {}, write: function (c, e, cb) { cb(); } });
console.log('duplex hwm', d.readableHighWaterMark, d.writableHighWaterMark);
console.log('defaults', stream.getDefaultHighWaterMark(true), stream.getDefaultHighWaterMark(false));
