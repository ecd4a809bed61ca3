// pipe(): a destination error unpipes and is re-emitted; end: false keeps dest open.
var stream = require('stream');

var src = new stream.Readable({ objectMode: true, read: function () {} });
var dst = new stream.Writable({
  objectMode: true,
  write: function (c, e, cb) {
    if (c === 'bad') return cb(new Error('dest write failed'));
    console.log('dst got', c);
    cb();
  }
});
dst.on('unpipe', function () { console.log('dst unpipe'); });
dst.on('error', function (e) { console.log('dst error', e.message); });
dst.on('close', function () { console.log('dst close'); });
src.pipe(dst);
src.push('good');
src.push('bad');
src.push('after');
setImmediate(function () {
  console.log('src pipes', src._readableState.pipes.length, 'flowing', src.readableFlowing,
    'buffered', src.readableLength);
});

var a = new stream.Readable({ objectMode: true, read: function () {} });
var b = new stream.PassThrough({ objectMode: true });
a.pipe(b, { end: false });
a.push(1);
a.push(null);
a.on('end', function () {
  setImmediate(function () {
    console.log('b writable after a end', b.writable, 'writableEnded', b.writableEnded);
    b.end(2);
  });
});
b.on('data', function (v) { console.log('b data', v); });
b.on('end', function () { console.log('b end'); });
