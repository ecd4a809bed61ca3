// write() returns false at highWaterMark; writableNeedDrain / writableLength; 'drain'.
var stream = require('stream');

var w = new stream.Writable({
  highWaterMark: 10,
  write: function (chunk, enc, cb) {
    setImmediate(cb);
  }
});
var results = [];
results.push(w.write('12345'));
console.log('len', w.writableLength, 'needDrain', w.writableNeedDrain);
results.push(w.write('1234'));
console.log('len', w.writableLength, 'needDrain', w.writableNeedDrain);
results.push(w.write('1'));
console.log('len', w.writableLength, 'needDrain', w.writableNeedDrain);
results.push(w.write('more'));
console.log('results', results.join(','));
console.log('buffered requests', w.writableBuffer.length);
w.on('drain', function () {
  console.log('drain: len', w.writableLength, 'needDrain', w.writableNeedDrain);
  console.log('write after drain', w.write('ok'));
  w.end();
});
w.on('finish', function () { console.log('finish'); });

// A synchronous _write still drains on a later tick.
var s = new stream.Writable({
  highWaterMark: 3,
  write: function (chunk, enc, cb) { cb(); }
});
console.log('sync write', s.write('abcd'), s.writableLength, s.writableNeedDrain);
s.on('drain', function () { console.log('sync drain'); });
process.nextTick(function () { console.log('tick'); });

// hwm 0: every write returns false.
var z = new stream.Writable({ highWaterMark: 0, write: function (c, e, cb) { cb(); } });
console.log('hwm0 write', z.write('a'));
