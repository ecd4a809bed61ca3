// The seed's manual backpressure snippet on in-memory streams: a fast Readable
// producing N chunks into a slow Writable whose _write completes via setImmediate.
// The source pauses when write() returns false and resumes on 'drain'.
var stream = require('stream');

var N = 200;
var produced = 0;
var source = new stream.Readable({
  highWaterMark: 64,
  read: function () {
    // fast: push synchronously until push() says stop
    while (produced < N) {
      produced++;
      var more = this.push('chunk-' + produced + ';');
      if (!more) return;
    }
    if (produced >= N) this.push(null);
  }
});

var written = 0;
var bytes = 0;
var dest = new stream.Writable({
  highWaterMark: 100,
  write: function (chunk, encoding, cb) {
    written++;
    bytes += chunk.length;
    setImmediate(cb);
  }
});

var pauses = 0;
var drains = 0;
var falseWrites = 0;
var pauseEvents = 0;
var resumeEvents = 0;
var maxBuffered = 0;

source.on('pause', function () { pauseEvents++; });
source.on('resume', function () { resumeEvents++; });

source.on('data', function (chunk) {
  var canContinue = dest.write(chunk);
  if (dest.writableLength > maxBuffered) maxBuffered = dest.writableLength;
  if (!canContinue) {
    falseWrites++;
    pauses++;
    source.pause();
  }
});

dest.on('drain', function () {
  drains++;
  source.resume();
});

source.on('end', function () {
  console.log('source end: produced', produced);
  dest.end();
});

dest.on('finish', function () {
  console.log('dest finish: written', written, 'bytes', bytes);
  console.log('pauses', pauses, 'drains', drains, 'falseWrites', falseWrites);
  console.log('pause events', pauseEvents, 'resume events', resumeEvents);
  console.log('max writableLength', maxBuffered);
  console.log('needDrain at finish', dest.writableNeedDrain);
});
dest.on('close', function () { console.log('dest close'); });
source.on('close', function () { console.log('source close'); });
