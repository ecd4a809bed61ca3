// pipe() backpressure counted in bytes: the same text piped as '€' strings (3 bytes
// each) and as 'e' strings (1 byte each) into a slow writable with a 30-byte mark;
// the multi-byte source is paused more often and read fewer times per drain.
var stream = require('stream');

function run(label, unit, done) {
  var i = 0;
  var reads = 0;
  var src = new stream.Readable({
    highWaterMark: 12,
    read: function () {
      reads++;
      i++;
      if (i > 80) this.push(null);
      else this.push(unit + unit);
    }
  });
  var writes = 0;
  var falseReturns = 0;
  var bytes = 0;
  var dst = new stream.Writable({
    highWaterMark: 30,
    write: function (chunk, enc, cb) {
      writes++;
      bytes += chunk.length;
      setImmediate(cb);
    }
  });
  var write = dst.write;
  dst.write = function () {
    var r = write.apply(this, arguments);
    if (!r) falseReturns++;
    return r;
  };
  var pauses = 0;
  var drains = 0;
  src.on('pause', function () { pauses++; });
  dst.on('drain', function () { drains++; });
  src.pipe(dst);
  dst.on('finish', function () {
    console.log(label, 'writes', writes, 'bytes', bytes, 'reads', reads);
    console.log(label, 'false returns', falseReturns, 'drains', drains, 'pauses', pauses);
    done();
  });
}

run('euro', '\u20ac', function () {
  run('ascii', 'e', function () {});
});
