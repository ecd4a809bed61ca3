// Streams with a real AbortSignal: addAbortSignal destroys the stream with an
// AbortError whose cause is the reason; stream/promises pipeline and finished take
// { signal }.
var stream = require('stream');
var ac = new AbortController();
var r = new stream.Readable({ read: function () {} });
stream.addAbortSignal(ac.signal, r);
r.on('error', function (err) {
  console.log('readable error', err.name, err.code, err.message, err.cause);
});
r.on('close', function () { console.log('readable closed', r.destroyed); });
ac.abort('enough');

var pre = new stream.Writable({ write: function (c, e, cb) { cb(); } });
stream.addAbortSignal(AbortSignal.abort(), pre);
pre.on('error', function (err) { console.log('pre-aborted writable', err.name, err.cause.name); });

try { stream.addAbortSignal({}, r); } catch (e) { console.log(e.code, e.message); }

var ac2 = new AbortController();
var src = new stream.Readable({ read: function () {} });
var chunks = [];
var dst = new stream.Writable({ write: function (c, e, cb) { chunks.push(String(c)); cb(); } });
require('stream/promises').pipeline(src, dst, { signal: ac2.signal }).then(null, function (err) {
  console.log('pipeline rejected', chunks.join(''), err.name, err.code, src.destroyed, dst.destroyed);
});
src.push('a');
src.push('b');
setImmediate(function () { ac2.abort(); });

var ac3 = new AbortController();
var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
stream.finished(w, { signal: ac3.signal }, function (err) {
  console.log('finished callback', err && err.name);
});
ac3.abort();
