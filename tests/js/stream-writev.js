// _writev gets the chunks buffered while a write was in flight; per-write callbacks.
var stream = require('stream');

var calls = [];
var w = new stream.Writable({
  objectMode: true,
  write: function (chunk, enc, cb) {
    calls.push('write ' + chunk);
    setImmediate(cb);
  },
  writev: function (chunks, cb) {
    calls.push('writev ' + chunks.map(function (c) { return c.chunk; }).join(','));
    setImmediate(cb);
  }
});
for (var i = 1; i <= 5; i++) {
  (function (n) {
    w.write(n, function (err) { calls.push('cb ' + n + ' ' + err); });
  })(i);
}
w.end(6, function () {
  calls.push('end cb');
});
w.on('finish', function () {
  calls.push('finish');
});
w.on('close', function () {
  console.log(calls.join('\n'));
});

// writev only (no _write): single writes go through _writev too.
var w2 = new stream.Writable({
  writev: function (chunks, cb) {
    console.log('w2 writev', chunks.length, String(chunks[0].chunk));
    cb();
  }
});
w2.write('solo');
