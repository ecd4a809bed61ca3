// pipeline(): an error in the middle destroys every stream and reaches the callback once.
var stream = require('stream');

var n = 0;
var src = new stream.Readable({
  objectMode: true,
  read: function () {
    n++;
    if (n > 10) this.push(null);
    else this.push(n);
  }
});
var t = new stream.Transform({
  objectMode: true,
  transform: function (chunk, enc, cb) {
    if (chunk === 3) return cb(new Error('boom at 3'));
    cb(null, chunk * 10);
  }
});
var got = [];
var sink = new stream.Writable({
  objectMode: true,
  write: function (chunk, enc, cb) {
    got.push(chunk);
    cb();
  }
});

src.on('close', function () { console.log('src close, destroyed', src.destroyed); });
t.on('error', function (e) { console.log('t error', e.message); });
t.on('close', function () { console.log('t close'); });
sink.on('close', function () { console.log('sink close'); });
sink.on('error', function (e) { console.log('sink error', e.message); });
src.on('error', function (e) { console.log('src error', e.message); });

stream.pipeline(src, t, sink, function (err) {
  console.log('callback', err && err.message);
  console.log('got', got.join(','));
  console.log('destroyed', src.destroyed, t.destroyed, sink.destroyed);
  console.log('sink.errored', sink.errored && sink.errored.code);
});

// A source error: the destination is destroyed with a premature-close free error.
var src2 = new stream.Readable({ read: function () {} });
var dst2 = new stream.PassThrough();
stream.pipeline(src2, dst2, function (err) {
  console.log('second callback', err.message);
  console.log('dst2 destroyed', dst2.destroyed);
});
process.nextTick(function () { src2.destroy(new Error('source failed')); });

// Missing streams.
try {
  stream.pipeline(src2, function () {});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  stream.pipeline(src2, dst2);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
