// stream.destroy(), isReadable/isWritable/isErrored/isDisturbed/isDestroyed and flags.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
console.log('fresh', stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r), stream.isDestroyed(r));
r.push('x');
r.read();
console.log('after read: disturbed', stream.isDisturbed(r), 'didRead', r.readableDidRead);
r.on('error', function (e) { console.log('error', e.message); });
stream.destroy(r, new Error('via stream.destroy'));
console.log('after destroy', stream.isReadable(r), stream.isErrored(r), stream.isDestroyed(r), r.readableAborted);

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
console.log('writable', stream.isWritable(w), w.writableAborted);
w.end();
console.log('after end', stream.isWritable(w), w.writableEnded, w.writableFinished);
w.on('finish', function () {
  console.log('finish: writableFinished', w.writableFinished);
});
w.on('close', function () {
  console.log('close: closed', w.closed, 'destroyed', w.destroyed, 'aborted', w.writableAborted);
});
var w2 = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w2.on('close', function () { console.log('w2 close, aborted', w2.writableAborted); });
w2.on('error', function (e) { console.log('w2 error', e.name, e.message); });
stream.destroy(w2);
console.log('non-stream', stream.isReadable({}), stream.isDestroyed({}));
