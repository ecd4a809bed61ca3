// Readable.from() with promise values, destroy() calling the iterator's return(), and
// pipeline() from an iterator into a failing Writable: microtask/nextTick ordering.
var stream = require('stream');
function mark(n) { var i = 0; function m() { console.log('m' + (++i)); if (i < n) Promise.resolve().then(m); } Promise.resolve().then(m); }
var r = stream.Readable.from([Promise.resolve(1), 2, Promise.resolve(3)]);
r.on('data', function (d) { console.log('data', d); });
r.on('end', function () { console.log('end'); });
r.on('close', function () { console.log('close'); });
mark(12);
process.nextTick(function () { console.log('tick'); });
setImmediate(function () {
  console.log('--- destroy with return()');
  var it = { i: 0, next: function () { this.i++; return { value: this.i, done: false }; }, 'return': function () { console.log('return called'); return { done: true }; } };
  if (typeof Symbol === 'function') it[Symbol.iterator] = function () { return it; };
  var r2 = stream.Readable.from(it);
  r2.on('data', function (d) { console.log('r2 data', d); if (d === 2) r2.destroy(); });
  r2.on('close', function () { console.log('r2 close'); });
  mark(6);
  setImmediate(function () {
    console.log('--- pipeline error');
    var w = new stream.Writable({ objectMode: true, write: function (c, e, cb) { cb(c === 'b' ? new Error('bad b') : null); } });
    var it3 = { i: 0, next: function () { this.i++; return this.i > 4 ? { done: true } : { value: 'abcd'.charAt(this.i - 1), done: false }; }, 'return': function () { console.log('it3 return'); return {}; } };
    if (typeof Symbol === 'function') it3[Symbol.iterator] = function () { return it3; };
    stream.pipeline(it3, w, function (err) { console.log('pipeline cb', err && err.message); });
    w.on('close', function () { console.log('w close'); });
    mark(8);
  });
});
