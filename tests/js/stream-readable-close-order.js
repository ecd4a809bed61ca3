// 'end' then 'close' (autoDestroy) for Readable, Writable 'finish' then 'close',
// and a Duplex that closes only after both sides are done.
var stream = require('stream');

var r = new stream.Readable({ read: function () { this.push('x'); this.push(null); } });
r.on('data', function () { console.log('r data'); });
r.on('end', function () {
  console.log('r end, destroyed', r.destroyed);
  process.nextTick(function () { console.log('r tick after end'); });
});
r.on('close', function () { console.log('r close'); });

var d = new stream.Duplex({
  read: function () { this.push(null); },
  write: function (c, e, cb) { cb(); }
});
d.on('end', function () { console.log('d end, writableFinished', d.writableFinished); });
d.on('finish', function () { console.log('d finish, readableEnded', d.readableEnded); });
d.on('close', function () { console.log('d close'); });
d.resume();
setImmediate(function () {
  console.log('d destroyed before end()', d.destroyed);
  d.end('z');
});

// Destroying inside a 'data' handler stops further data.
var n = 0;
var r2 = new stream.Readable({
  objectMode: true,
  read: function () { n++; this.push(n); }
});
r2.on('data', function (v) {
  console.log('r2 data', v);
  if (v === 3) r2.destroy();
});
r2.on('end', function () { console.log('r2 end (should not)'); });
r2.on('close', function () { console.log('r2 close, readableAborted', r2.readableAborted); });
