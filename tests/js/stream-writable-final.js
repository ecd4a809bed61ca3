// _final runs before 'finish'; its error becomes 'error'; prefinish order.
var stream = require('stream');

var w = new stream.Writable({
  write: function (chunk, enc, cb) { console.log('write'); cb(); },
  final: function (cb) {
    console.log('final called');
    setImmediate(function () {
      console.log('final done');
      cb();
    });
  }
});
w.on('prefinish', function () { console.log('prefinish'); });
w.on('finish', function () { console.log('finish'); });
w.on('close', function () { console.log('close'); });
w.end('data', function () { console.log('end callback'); });

var w2 = new stream.Writable({
  write: function (chunk, enc, cb) { cb(); },
  final: function (cb) { cb(new Error('final failed')); }
});
w2.on('finish', function () { console.log('w2 finish (should not)'); });
w2.on('error', function (e) { console.log('w2 error', e.message); });
w2.on('close', function () { console.log('w2 close'); });
w2.end(function (err) { console.log('w2 end cb', err && err.message); });

var w3 = new stream.Writable({
  write: function (chunk, enc, cb) { cb(); },
  final: function (cb) { cb(); cb(); }
});
w3.on('error', function (e) { console.log('w3 error', e.code); });
w3.on('finish', function () { console.log('w3 finish'); });
w3.end();
