// destroy(err): 'error' then 'close', both on later ticks; destroy() without error:
// only 'close'; the _destroy callback; destroy during construction of events.
var stream = require('stream');

function trace(name, s) {
  ['error', 'close', 'end', 'finish'].forEach(function (ev) {
    s.on(ev, function (e) {
      console.log(name, ev, e && e.message ? e.message : '');
    });
  });
}

var r = new stream.Readable({ read: function () {} });
trace('r', r);
r.destroy(new Error('bad'));
console.log('after destroy: destroyed', r.destroyed, 'closed', r.closed, 'errored', r.errored.message);
process.nextTick(function () { console.log('tick 1'); });
Promise.resolve().then(function () { console.log('microtask 1'); });
setImmediate(function () {
  console.log('immediate');

  var w = new stream.Writable({
    write: function (c, e, cb) { cb(); },
    destroy: function (err, cb) {
      console.log('_destroy called with', err);
      process.nextTick(function () { console.log('_destroy cb'); cb(err); });
    }
  });
  trace('w', w);
  w.destroy();
  console.log('w destroyed', w.destroyed, 'closed', w.closed);
  process.nextTick(function () { console.log('w tick'); });
  w.destroy(new Error('second destroy ignored'));

  setImmediate(function () {
    var w2 = new stream.Writable({ write: function (c, e, cb) { cb(); } });
    trace('w2', w2);
    w2.write('abc', function (err) { console.log('write cb', err && err.code); });
    w2.destroy();
    w2.write('more', function (err) { console.log('late write cb', err && err.code); });
    var noClose = new stream.Readable({ read: function () {}, emitClose: false });
    trace('noClose', noClose);
    noClose.destroy();
    setImmediate(function () { console.log('done, noClose closed', noClose.closed); });
  });
});
