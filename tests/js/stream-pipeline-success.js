// pipeline(readable, transform, writable, cb): success, event order and cleanup.
var stream = require('stream');

var log = [];
var src = stream.Readable.from(['alpha', 'beta', 'gamma']);
var upper = new stream.Transform({
  objectMode: true,
  transform: function (chunk, enc, cb) {
    cb(null, String(chunk).toUpperCase());
  }
});
var out = [];
var sink = new stream.Writable({
  objectMode: true,
  write: function (chunk, enc, cb) {
    out.push(chunk);
    process.nextTick(cb);
  }
});

['end', 'close'].forEach(function (ev) {
  src.on(ev, function () { console.log('src', ev); });
});
['finish', 'end', 'close'].forEach(function (ev) {
  upper.on(ev, function () { console.log('upper', ev); });
});
['finish', 'close'].forEach(function (ev) {
  sink.on(ev, function () { console.log('sink', ev); });
});

var ret = stream.pipeline(src, upper, sink, function (err) {
  console.log('pipeline done', err === undefined ? 'undefined' : err);
  console.log('out', out.join(','));
  console.log('destroyed', src.destroyed, upper.destroyed, sink.destroyed);
});
console.log('returns last', ret === sink);
