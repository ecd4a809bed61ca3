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
w.end('last', function (err) {
  console.log('end cb', err && err.message);
  // the checks below run after everything above has settled (chained immediates, not
  // timers, so a slow machine cannot reorder them)
  setImmediate(afterW2);
});
console.log('writable', w.writable, 'writableEnded', w.writableEnded, 'finished', w.writableFinished);
w.write('too late', function (err) { console.log('late cb', err.code, err.message); });
w.end(function (err) { console.log('second end cb', err && err.code); });
function afterW() {
  console.log('after: finished', w.writableFinished, 'destroyed', w.destroyed);
  w.end(function (err) { console.log('end after finish cb', err && err.code, err && err.message); });
}

var w2 = new stream.Writable({
  write: function (c, e, cb) { cb(); },
  autoDestroy: false
});
w2.on('finish', function () { console.log('w2 finish'); });
w2.on('close', function () { console.log('w2 close (should not happen before destroy)'); });
w2.end();
function afterW2() {
  console.log('w2 destroyed', w2.destroyed);
  w2.write('x', function (err) { console.log('w2 late cb', err.code); });
  setImmediate(afterW);
}
w2.on('error', function (e) { console.log('w2 error', e.code); });
