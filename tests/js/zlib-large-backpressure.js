// 8 MiB through gzip -> gunzip into a slow Writable with a small highWaterMark: the
// pipeline honours backpressure (the source is never far ahead of the sink) and the
// output equals the input. Totals only: chunk counts differ between implementations.
var zlib = require('zlib');
var stream = require('stream');

var CHUNK = 64 * 1024;
var TOTAL = 8 * 1024 * 1024;
var seed = 7;
// compressible but not trivial: 16 distinct values per byte
var pattern = Buffer.allocUnsafe(CHUNK);
for (var i = 0; i < CHUNK; i += 4) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  pattern.writeUInt32LE((seed >> 8) & 0x0f0f0f0f, i);
}
function block(k) {
  var b = Buffer.from(pattern);
  b.writeUInt32LE(k, 0);
  b.writeUInt32LE((k + 1) * 2654435761 % 4294967296, CHUNK / 2);
  return b;
}
var produced = 0;
var consumed = 0;
var maxAhead = 0;
var same = true;
var expected = null;
// compares chunk with the bytes the source produced at the same offset
function check(chunk) {
  var off = 0;
  while (off < chunk.length) {
    var k = Math.floor(consumed / CHUNK);
    var at = consumed % CHUNK;
    if (!expected || expected.k !== k) expected = { k: k, b: block(k) };
    var n = Math.min(CHUNK - at, chunk.length - off);
    if (!chunk.slice(off, off + n).equals(expected.b.slice(at, at + n))) same = false;
    off += n;
    consumed += n;
  }
}
var src = new stream.Readable({
  read: function () {
    if (produced >= TOTAL) {
      this.push(null);
      return;
    }
    var b = block(produced / CHUNK);
    produced += b.length;
    this.push(b);
  }
});
var sink = new stream.Writable({
  highWaterMark: 16 * 1024,
  write: function (chunk, enc, cb) {
    check(chunk);
    if (produced - consumed > maxAhead) maxAhead = produced - consumed;
    setImmediate(cb);
  }
});
var gz = zlib.createGzip({ level: 1 });
var gu = zlib.createGunzip();
var compressed = 0;
gz.on('data', function (c) { compressed += c.length; });
stream.pipeline(src, gz, gu, sink, function (err) {
  console.log('error', err);
  console.log('produced', produced, 'consumed', consumed);
  console.log('equal', produced === consumed && same);
  console.log('compressed smaller', compressed < TOTAL);
  // the source may run ahead only by what the buffers in between hold
  console.log('bounded', maxAhead < 2 * 1024 * 1024);
  console.log('bytesWritten', gz.bytesWritten, gu.bytesWritten === compressed);
});
