// cork()/uncork() buffer writes and hand them to _writev in one call.
var stream = require('stream');

var w = new stream.Writable({
  decodeStrings: false,
  write: function (chunk, enc, cb) {
    console.log('_write', chunk);
    cb();
  },
  writev: function (chunks, cb) {
    console.log('_writev', chunks.length, chunks.map(function (c) { return c.chunk; }).join('+'));
    cb();
  }
});
w.cork();
console.log('corked', w.writableCorked);
w.write('a');
w.write('b');
w.write('c', function () { console.log('cb c'); });
console.log('length while corked', w.writableLength, 'buffered', w.writableBuffer.length);
w.cork();
console.log('corked twice', w.writableCorked);
w.uncork();
console.log('after one uncork', w.writableCorked, w.writableLength);
process.nextTick(function () {
  w.uncork();
  console.log('after uncork', w.writableCorked, w.writableLength);
  w.write('single');
  w.cork();
  w.write('x');
  w.write('y');
  w.end('z');
  console.log('end uncorks', w.writableCorked);
});
w.on('finish', function () { console.log('finish'); });

// Without _writev: buffered writes go one by one.
var w2 = new stream.Writable({
  decodeStrings: false,
  write: function (chunk, enc, cb) {
    console.log('w2 _write', chunk);
    process.nextTick(cb);
  }
});
w2.cork();
w2.write('1');
w2.write('2');
process.nextTick(function () { w2.uncork(); });
w2.on('finish', function () { console.log('w2 finish'); });
setImmediate(function () { w2.end(); });
