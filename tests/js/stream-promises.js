// require('stream/promises') and require('stream').promises: pipeline and finished.
var stream = require('stream');
var sp = require('stream/promises');

console.log('same object', sp === stream.promises);
console.log(typeof sp.pipeline, typeof sp.finished);

var out = [];
var sink = new stream.Writable({
  objectMode: true,
  write: function (c, e, cb) { out.push(c); cb(); }
});
sp.pipeline(
  stream.Readable.from(['a', 'b', 'c']),
  new stream.Transform({
    objectMode: true,
    transform: function (c, e, cb) { cb(null, c + c); }
  }),
  sink
).then(function (v) {
  console.log('pipeline resolved', v, out.join(','));
  var bad = new stream.Readable({ read: function () { this.destroy(new Error('broken source')); } });
  return sp.pipeline(bad, new stream.PassThrough());
}).then(function () {
  console.log('should not resolve');
}, function (err) {
  console.log('pipeline rejected', err.message);
  var r = new stream.Readable({ read: function () {} });
  var p = sp.finished(r);
  r.resume();
  r.push(null);
  return p;
}).then(function (v) {
  console.log('finished resolved', v);
  var r2 = new stream.Readable({ read: function () {} });
  var p2 = sp.finished(r2);
  r2.destroy(new Error('gone'));
  return p2;
}).then(null, function (err) {
  console.log('finished rejected', err.message);
  var p3 = sp.pipeline(['x', 'y'], new stream.Writable({
    objectMode: true,
    write: function (c, e, cb) { console.log('from array', c); cb(); }
  }));
  return p3;
}).then(function () {
  console.log('array pipeline done');
});
