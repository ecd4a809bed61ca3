// objectMode: any value but null is a chunk; length counts objects; default hwm 16.
var stream = require('stream');

var r = new stream.Readable({ objectMode: true, read: function () {} });
console.log('hwm', r.readableHighWaterMark, 'objectMode', r.readableObjectMode);
r.push({ a: 1 });
r.push([1, 2]);
r.push('str');
r.push(0);
r.push(false);
r.push(undefined);
console.log('length', r.readableLength);
var v;
while ((v = r.read()) !== null) console.log('read', JSON.stringify(v), typeof v);
r.push(null);

var w = new stream.Writable({
  objectMode: true,
  highWaterMark: 2,
  write: function (chunk, enc, cb) {
    console.log('write', JSON.stringify(chunk), enc);
    setImmediate(cb);
  }
});
console.log('w hwm', w.writableHighWaterMark, w.writableObjectMode);
console.log('w1', w.write({ x: 1 }), w.writableLength);
console.log('w2', w.write(42), w.writableLength);
console.log('w3', w.write('s'), w.writableLength, w.writableNeedDrain);
w.on('drain', function () { console.log('drain', w.writableLength); });
try {
  w.write(null);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
w.end(function () { console.log('ended'); });

var d = new stream.Duplex({
  readableObjectMode: true,
  read: function () {},
  write: function (c, e, cb) { cb(); }
});
console.log('duplex modes', d.readableObjectMode, d.writableObjectMode,
  d.readableHighWaterMark, d.writableHighWaterMark);
