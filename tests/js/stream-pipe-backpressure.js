// pipe() with backpressure: the source pauses when write() returns false and
// resumes on 'drain'. Counts must equal Node's.
var stream = require('stream');

var N = 100;
var i = 0;
var reads = 0;
var src = new stream.Readable({
  highWaterMark: 32,
  read: function () {
    reads++;
    i++;
    if (i > N) this.push(null);
    else this.push('data' + (i < 10 ? '0' : '') + i + '\n');
  }
});

var writes = 0;
var falseReturns = 0;
var drains = 0;
var dst = new stream.Writable({
  highWaterMark: 50,
  write: function (chunk, enc, cb) {
    writes++;
    setImmediate(cb);
  }
});
var origWrite = dst.write;
dst.write = function (chunk) {
  var r = origWrite.apply(this, arguments);
  if (!r) falseReturns++;
  return r;
};

var pauses = 0;
var resumes = 0;
src.on('pause', function () { pauses++; });
src.on('resume', function () { resumes++; });
dst.on('drain', function () { drains++; });
dst.on('pipe', function (s) { console.log('pipe event', s === src); });
dst.on('unpipe', function (s) { console.log('unpipe event', s === src); });

src.pipe(dst);
console.log('flowing after pipe', src.readableFlowing);

dst.on('finish', function () {
  console.log('finish writes', writes, 'reads', reads);
  console.log('false returns', falseReturns, 'drains', drains);
  console.log('pauses', pauses, 'resumes', resumes);
});
src.on('end', function () { console.log('src end'); });
dst.on('close', function () { console.log('dst close'); });
src.on('close', function () { console.log('src close'); });
