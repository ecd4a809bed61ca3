// Differential fuzz: 40 seeded random scenarios of Readable -> Transform -> Writable
// (pipe() or pipeline()) with errors injected in _read/_transform/_write, destroy()
// at a random moment, custom _destroy, autoDestroy/emitClose off, and finished() on
// every stream, all run side by side; each prints its event count and log hash.
var stream = require('stream');

function scenario(seed) {
  function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
  var log = [];
  function L() { log.push(Array.prototype.slice.call(arguments).join(' ')); }
  function later(fn) {
    switch (rnd(4)) {
      case 0: fn(); break;
      case 1: process.nextTick(fn); break;
      case 2: Promise.resolve().then(fn); break;
      case 3: setImmediate(fn); break;
    }
  }
  function msg(e) { return e ? (e.code || e.message) : String(e); }
  var N = 10 + rnd(20);
  var produced = 0;
  var failAt = rnd(3) === 0 ? 1 + rnd(N) : -1;
  var src = new stream.Readable({
    objectMode: true,
    highWaterMark: 1 + rnd(5),
    autoDestroy: rnd(5) !== 0,
    read: function () {
      var self = this;
      later(function () {
        produced++;
        if (produced === failAt && rnd(2)) { self.destroy(new Error('src fail')); return; }
        if (produced > N) self.push(null); else self.push(produced);
      });
    }
  });
  var mid = new stream.Transform({
    objectMode: true,
    highWaterMark: 1 + rnd(4),
    transform: function (c, e, cb) {
      later(function () { cb(c === failAt ? new Error('mid fail') : null, c * 2); });
    }
  });
  var dst = new stream.Writable({
    objectMode: true,
    highWaterMark: 1 + rnd(4),
    emitClose: rnd(5) !== 0,
    write: function (c, e, cb) { L('write', c); later(function () { cb(c === failAt * 2 + 2 ? new Error('dst fail') : null); }); },
    final: function (cb) { L('final'); later(cb); },
    destroy: function (err, cb) { L('dst _destroy', msg(err)); later(function () { cb(err); }); }
  });
  [['src', src], ['mid', mid], ['dst', dst]].forEach(function (p) {
    ['error', 'end', 'finish', 'close', 'unpipe'].forEach(function (ev) {
      p[1].on(ev, function (e) { L(p[0], ev, ev === 'error' ? msg(e) : ''); });
    });
    stream.finished(p[1], function (err) { L(p[0], 'finished', msg(err)); });
  });
  var mode = rnd(2);
  if (mode === 0) stream.pipeline(src, mid, dst, function (err) { L('pipeline', msg(err)); });
  else { src.pipe(mid).pipe(dst); }
  var destroyTarget = rnd(5);
  if (destroyTarget < 3) {
    var when = rnd(30);
    var count = 0;
    (function tick() {
      if (count++ < when) return setImmediate(tick);
      var t = [src, mid, dst][destroyTarget];
      L('destroying', destroyTarget);
      t.destroy(rnd(2) ? new Error('manual') : undefined);
    })();
  }
  return log;
}

function hash(lines) {
  var h = 5381;
  var s = lines.join('\n');
  for (var i = 0; i < s.length; i++) h = ((h * 33) ^ s.charCodeAt(i)) >>> 0;
  return h.toString(16);
}

var logs = [];
for (var seed = 1; seed <= 40; seed++) logs.push(scenario(seed * 104729));
process.on('exit', function () {
  for (var i = 0; i < logs.length; i++) {
    console.log('seed', (i + 1) * 104729, 'events', logs[i].length, 'hash', hash(logs[i]));
  }
});
