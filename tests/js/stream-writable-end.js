// end(chunk, cb): 'finish' then the callback order, 'close', write after end,
// end() twice, end callback after finish.
var stream = require('stream');

var w = new stream.Writable({
  decodeStrings: false,
  write: function (chunk, enc, cb) {
    console.log('_write', chunk, enc);
    setImmediate(cb);
  }
});
w.on('finish', function () { console.log('finish event'); });
w.on('close', function () { console.log('close event'); });
w.on('error', function (e) { console.log('error event', e.code); });
w.write('first', function (err) { console.log('write cb', err); });
w.end('last', function (err) { console.log('end cb', err && err.message); });
console.log('writable', w.writable, 'writableEnded', w.writableEnded, 'finished', w.writableFinished);
w.write('too late', function (err) { console.log('late cb', err.code, err.message); });
w.end(function (err) { console.log('second end cb', err && err.code); });
setTimeout(function () {
  console.log('after: finished', w.writableFinished, 'destroyed', w.destroyed);
  w.end(function (err) { console.log('end after finish cb', err && err.code, err && err.message); });
}, 10);

var w2 = new stream.Writable({
  write: function (c, e, cb) { cb(); },
  autoDestroy: false
});
w2.on('finish', function () { console.log('w2 finish'); });
w2.on('close', function () { console.log('w2 close (should not happen before destroy)'); });
w2.end();
setTimeout(function () {
  console.log('w2 destroyed', w2.destroyed);
  w2.write('x', function (err) { console.log('w2 late cb', err.code); });
}, 5);
w2.on('error', function (e) { console.log('w2 error', e.code); });
