// The seed's manual backpressure snippet with multi-byte data: Buffer and string chunks
// of '€' text; the writer's buffer is measured in bytes, so the source pauses when
// write() says the byte mark is reached, and resumes on 'drain'.
var stream = require('stream');

var N = 120;
var produced = 0;
var source = new stream.Readable({
  highWaterMark: 40,
  read: function () {
    while (produced < N) {
      produced++;
      var text = '\u20ac' + new Array(produced % 5 + 1).join('\u00e9') + '|';
      var more = this.push(produced % 2 ? Buffer.from(text) : text);
      if (!more) return;
    }
    this.push(null);
  }
});

var written = 0;
var bytes = 0;
var allBuffers = true;
var dest = new stream.Writable({
  highWaterMark: 50,
  write: function (chunk, encoding, cb) {
    written++;
    bytes += chunk.length;
    if (!Buffer.isBuffer(chunk)) allBuffers = false;
    setImmediate(cb);
  }
});

var pauses = 0;
var drains = 0;
var maxBuffered = 0;
var firstFalseAt = -1;
source.on('data', function (chunk) {
  var canContinue = dest.write(chunk);
  if (dest.writableLength > maxBuffered) maxBuffered = dest.writableLength;
  if (!canContinue) {
    if (firstFalseAt < 0) firstFalseAt = dest.writableLength;
    pauses++;
    source.pause(); // Write buffer full, pause reading
  }
});
dest.on('drain', function () {
  drains++;
  source.resume(); // Buffer drained, resume reading
});
source.on('end', function () { dest.end(); });
dest.on('finish', function () {
  console.log('written', written, 'bytes', bytes, 'all Buffers', allBuffers);
  console.log('pauses', pauses, 'drains', drains);
  console.log('first false at', firstFalseAt, 'bytes; max buffered', maxBuffered);
});
