// Differential fuzz: 40 seeded random scenarios (Readable -> PassThrough/Transform ->
// Writable via pipe(), pipeline() or manual read()/write(), random highWaterMarks,
// random sync/nextTick/microtask/setImmediate completion, cork/uncork, writev, flush)
// run side by side; each prints its event count and a hash of its event log.
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
  var objectMode = rnd(2) === 0;
  var N = 20 + rnd(40);
  var produced = 0;
  var src = new stream.Readable({
    objectMode: objectMode,
    highWaterMark: rnd(3) === 0 ? 0 : 1 + rnd(20),
    read: function () {
      var self = this;
      L('_read');
      later(function () {
        var k = 1 + rnd(3);
        while (k-- > 0) {
          produced++;
          if (produced > N) { self.push(null); return; }
          var more = self.push(objectMode ? produced : 'c' + produced);
          L('push', produced, more);
          if (!more) break;
        }
      });
    }
  });
  var mid;
  var kind = rnd(3);
  if (kind === 0) {
    mid = new stream.PassThrough({ objectMode: objectMode, highWaterMark: 1 + rnd(10) });
  } else if (kind === 1) {
    mid = new stream.Transform({
      objectMode: objectMode,
      highWaterMark: 1 + rnd(10),
      transform: function (c, e, cb) {
        L('transform', String(c));
        later(function () { cb(null, String(c) + '!'); });
      }
    });
  } else {
    mid = new stream.Transform({
      objectMode: objectMode,
      readableHighWaterMark: rnd(2),
      writableHighWaterMark: 1 + rnd(5),
      transform: function (c, e, cb) { this.push(String(c)); later(function () { cb(); }); },
      flush: function (cb) { L('flush'); later(function () { cb(null, 'F'); }); }
    });
  }
  var dst = new stream.Writable({
    objectMode: objectMode,
    highWaterMark: rnd(4) === 0 ? 0 : 1 + rnd(10),
    write: function (c, e, cb) { L('write', String(c)); later(cb); },
    writev: rnd(2) === 0 ? null : function (chunks, cb) { L('writev', chunks.length); later(cb); },
    final: function (cb) { L('final'); later(cb); }
  });
  ['pause', 'resume', 'end', 'close'].forEach(function (ev) {
    src.on(ev, function () { L('src', ev); });
  });
  ['drain', 'finish', 'end', 'close', 'pause', 'resume'].forEach(function (ev) {
    mid.on(ev, function () { L('mid', ev); });
  });
  ['drain', 'finish', 'close'].forEach(function (ev) {
    dst.on(ev, function () { L('dst', ev); });
  });
  var mode = rnd(3);
  if (mode === 0) {
    src.pipe(mid).pipe(dst);
  } else if (mode === 1) {
    stream.pipeline(src, mid, dst, function (err) { L('pipeline', err); });
  } else {
    src.pipe(mid);
    mid.on('readable', function () {
      var c;
      while ((c = mid.read(rnd(2) ? undefined : 1 + rnd(5))) !== null) {
        L('read', String(c));
        if (!dst.write(c)) { L('false'); break; }
      }
    });
    mid.on('end', function () { dst.end(); });
    dst.on('drain', function () { mid.read(0); });
  }
  if (rnd(3) === 0) {
    setImmediate(function () {
      L('cork');
      dst.cork();
      setImmediate(function () { L('uncork'); dst.uncork(); });
    });
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
for (var seed = 1; seed <= 40; seed++) logs.push(scenario(seed * 7919));
process.on('exit', function () {
  for (var i = 0; i < logs.length; i++) {
    console.log('seed', (i + 1) * 7919, 'events', logs[i].length, 'hash', hash(logs[i]));
  }
});
