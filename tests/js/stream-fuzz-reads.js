// Differential fuzz: 40 seeded random scenarios of a string Readable consumed via
// 'readable' + read(n), 'data' with pause()/resume(), or polling read(n), with
// unshift(), setEncoding, random highWaterMarks and async pushes, run side by side;
// each prints its event count and log hash.
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
  var N = 10 + rnd(30);
  var produced = 0;
  var r = new stream.Readable({
    highWaterMark: rnd(3) === 0 ? 0 : 1 + rnd(30),
    read: function (n) {
      var self = this;
      L('_read', n);
      later(function () {
        produced++;
        if (produced > N) { self.push(null); return; }
        var s = '';
        var len = 1 + rnd(8);
        for (var i = 0; i < len; i++) s += String.fromCharCode(97 + (produced + i) % 26);
        L('push', s, self.push(s));
      });
    }
  });
  if (rnd(2)) r.setEncoding('utf8');
  var steps = 0;
  r.on('end', function () { L('end'); });
  r.on('close', function () { L('close'); });
  var mode = rnd(3);
  function consume() {
    var n = rnd(3) === 0 ? undefined : rnd(12);
    var c = r.read(n);
    L('read', n, c === null ? 'null' : String(c), r.readableLength);
    if (c !== null && rnd(6) === 0) { r.unshift(String(c).slice(0, 1)); L('unshift', r.readableLength); }
    return c;
  }
  if (mode === 0) {
    r.on('readable', function () {
      L('readable', r.readableLength);
      var k = 1 + rnd(4);
      while (k-- > 0 && consume() !== null);
    });
  } else if (mode === 1) {
    r.on('data', function (d) {
      L('data', String(d));
      if (rnd(5) === 0) { r.pause(); later(function () { L('resume'); r.resume(); }); }
    });
  } else {
    (function poll() {
      if (steps++ > 500 || r.readableEnded) return;
      consume();
      later(poll);
    })();
    r.on('readable', function () { L('readable'); });
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
for (var seed = 1; seed <= 40; seed++) logs.push(scenario(seed * 85863));
process.on('exit', function () {
  for (var i = 0; i < logs.length; i++) {
    console.log('seed', (i + 1) * 85863, 'events', logs[i].length, 'hash', hash(logs[i]));
  }
});
