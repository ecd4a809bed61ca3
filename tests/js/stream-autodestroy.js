// autoDestroy: false and emitClose: false change what happens after end/finish/error.
var stream = require('stream');

var r = new stream.Readable({ autoDestroy: false, read: function () {} });
r.on('end', function () { console.log('r end'); });
r.on('close', function () { console.log('r close'); });
r.resume();
r.push(null);
setImmediate(function () {
  console.log('r destroyed', r.destroyed, 'closed', r.closed);
  r.destroy();
  console.log('r destroyed now', r.destroyed);
});

var w = new stream.Writable({ autoDestroy: false, write: function (c, e, cb) { cb(new Error('nope')); } });
w.on('error', function (e) { console.log('w error', e.message, 'destroyed', w.destroyed); });
w.on('close', function () { console.log('w close'); });
w.write('x', function (err) { console.log('w write cb', err.message); });
setImmediate(function () {
  console.log('w errored', w.errored && w.errored.message, 'writable', w.writable);
});

var q = new stream.Writable({ emitClose: false, write: function (c, e, cb) { cb(); } });
q.on('finish', function () { console.log('q finish'); });
q.on('close', function () { console.log('q close (should not)'); });
q.end();
setImmediate(function () { console.log('q destroyed', q.destroyed, 'closed', q.closed); });
