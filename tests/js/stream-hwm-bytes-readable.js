// Readable.push() returns false once the buffered bytes reach highWaterMark; string
// chunks are converted to Buffers and count bytes; readableLength is in bytes.
var stream = require('stream');

function run(label, hwm, chunks, enc) {
  var r = new stream.Readable({ highWaterMark: hwm, read: function () {} });
  var res = [];
  for (var i = 0; i < chunks.length; i++) {
    var ok = enc ? r.push(chunks[i], enc) : r.push(chunks[i]);
    res.push((ok ? 'T' : 'F') + r.readableLength);
  }
  console.log(label, res.join(' '));
  return r;
}

run('euro', 9, ['\u20ac', '\u20ac', '\u20ac', '\u20ac']);
run('ascii', 9, ['abc', 'def', 'ghi']);
run('latin1', 4, ['\u00e9\u00e9', '\u00e9\u00e9'], 'latin1');
run('hex', 4, ['0102', '0304', '05'], 'hex');
run('buffers', 5, [Buffer.alloc(2), Buffer.alloc(2), Buffer.alloc(2)]);
run('empty chunk', 1, [Buffer.alloc(0), '']);
var r = run('default', 16384, [Buffer.alloc(16383), Buffer.alloc(1)]);
console.log('default readableHighWaterMark', new stream.Readable().readableHighWaterMark);

// The _read() pump: with a 10-byte mark, a source pushing 3-byte '€' strings is asked
// again while fewer than 10 bytes are buffered.
var calls = 0;
var src = new stream.Readable({
  highWaterMark: 10,
  read: function () {
    calls++;
    if (calls > 20) return this.push(null);
    this.push('\u20ac');
  }
});
src.once('readable', function () {
  console.log('buffered before reading', src.readableLength, 'read calls', calls);
  var first = src.read(4);
  console.log('read(4)', first.toString('hex'), 'left', src.readableLength);
  setImmediate(function () {
    // maybeReadMore refills up to the mark: 2 bytes left + three more '€' = 11 >= 10.
    console.log('after the pump', src.readableLength, 'read calls', calls);
  });
});
