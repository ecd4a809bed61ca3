// The seed's "not handling backpressure" snippet on in-memory streams:
//   readable.on('data', (chunk) => { writable.write(chunk); });
// The slow writable's buffer grows far past its highWaterMark (counted in bytes), and
// every write() after the mark returns false and is ignored.
var stream = require('stream');

var N = 60;
var produced = 0;
var readable = new stream.Readable({
  highWaterMark: 64,
  read: function () {
    produced++;
    if (produced > N) this.push(null);
    else this.push('\u20ac' + produced + ';'); // 3 bytes + digits + ';'
  }
});

var writable = new stream.Writable({
  highWaterMark: 32,
  write: function (chunk, enc, cb) {
    setImmediate(cb);
  }
});

var falseReturns = 0;
var maxLength = 0;
var lengths = [];
readable.on('data', function (chunk) {
  var ok = writable.write(chunk); // Internal buffer may overflow
  if (!ok) falseReturns++;
  if (writable.writableLength > maxLength) maxLength = writable.writableLength;
  if (lengths.length < 12) lengths.push(writable.writableLength + (ok ? '' : '!'));
});
readable.on('end', function () {
  console.log('readable ended; writable still holds', writable.writableLength, 'bytes in',
    writable.writableBuffer.length + 1, 'writes');
  console.log('first lengths', lengths.join(' '));
  console.log('false returns ignored', falseReturns, 'max buffered', maxLength,
    'highWaterMark', writable.writableHighWaterMark);
  writable.end();
});
var drains = 0;
writable.on('drain', function () { drains++; });
writable.on('finish', function () { console.log('finish, drains', drains, 'length', writable.writableLength); });
