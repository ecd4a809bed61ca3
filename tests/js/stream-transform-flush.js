// Transform flush: callback(null, data), this.push in flush, flush errors, and a
// transform that pushes nothing for some chunks.
var stream = require('stream');

var buffered = [];
var t = new stream.Transform({
  objectMode: true,
  transform: function (chunk, enc, cb) {
    buffered.push(chunk);
    if (buffered.length === 2) {
      var pair = buffered.join('+');
      buffered = [];
      cb(null, pair);
    } else {
      cb();
    }
  },
  flush: function (cb) {
    console.log('flush, leftover', buffered.length);
    this.push('extra');
    cb(null, buffered.length ? 'rest:' + buffered.join('+') : null);
  }
});
t.on('data', function (d) { console.log('data', d); });
t.on('finish', function () { console.log('finish'); });
t.on('end', function () { console.log('end'); });
t.on('close', function () { console.log('close'); });
['a', 'b', 'c', 'd', 'e'].forEach(function (x) { t.write(x); });
t.end();

var bad = new stream.Transform({
  transform: function (c, e, cb) { cb(null, c); },
  flush: function (cb) { cb(new Error('flush failed')); }
});
bad.on('error', function (e) { console.log('bad error', e.message); });
bad.on('finish', function () { console.log('bad finish (should not)'); });
bad.on('close', function () { console.log('bad close'); });
bad.resume();
bad.end('x');

var notImpl = new stream.Transform();
notImpl.on('error', function (e) { console.log('notImpl', e.code, e.message); });
try {
  notImpl.write('q');
} catch (e) {
  console.log('notImpl threw', e.code, e.message);
}
