// pipeline() through a Transform into a slow Writable: counts of _read calls,
// false writes, drains and transform calls must equal Node's.
var stream = require('stream');

var N = 300;
var i = 0;
var reads = 0;
var src = new stream.Readable({
  highWaterMark: 16,
  read: function () {
    reads++;
    i++;
    if (i > N) this.push(null);
    else this.push('line ' + i + '\n');
  }
});
var transforms = 0;
var up = new stream.Transform({
  highWaterMark: 20,
  transform: function (chunk, enc, cb) {
    transforms++;
    cb(null, String(chunk).toUpperCase());
  }
});
var writes = 0;
var bytes = 0;
var sink = new stream.Writable({
  highWaterMark: 40,
  write: function (chunk, enc, cb) {
    writes++;
    bytes += chunk.length;
    if (writes % 3 === 0) setImmediate(cb);
    else process.nextTick(cb);
  }
});
var drains = { up: 0, sink: 0 };
var pauses = { src: 0, up: 0 };
up.on('drain', function () { drains.up++; });
sink.on('drain', function () { drains.sink++; });
src.on('pause', function () { pauses.src++; });
up.on('pause', function () { pauses.up++; });

stream.pipeline(src, up, sink, function (err) {
  console.log('done', err);
  console.log('reads', reads, 'transforms', transforms, 'writes', writes, 'bytes', bytes);
  console.log('drains up', drains.up, 'sink', drains.sink);
  console.log('pauses src', pauses.src, 'up', pauses.up);
});
