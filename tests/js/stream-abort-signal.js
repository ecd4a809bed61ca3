// addAbortSignal / the `signal` option with a minimal AbortSignal-like object.
var stream = require('stream');

function makeSignal() {
  var listeners = [];
  return {
    aborted: false,
    reason: undefined,
    addEventListener: function (type, fn) { listeners.push(fn); },
    removeEventListener: function (type, fn) {
      var i = listeners.indexOf(fn);
      if (i !== -1) listeners.splice(i, 1);
    },
    abort: function (reason) {
      this.aborted = true;
      this.reason = reason;
      var l = listeners.slice();
      listeners.length = 0;
      for (var i = 0; i < l.length; i++) l[i].call(this, { type: 'abort' });
    },
    count: function () { return listeners.length; }
  };
}

var sig = makeSignal();
var r = new stream.Readable({ read: function () {}, signal: sig });
r.on('error', function (e) {
  console.log('r error', e.name, e.code, e.message, 'cause', e.cause);
});
r.on('close', function () { console.log('r close'); });
console.log('listeners', sig.count());
sig.abort('stop it');

var sig2 = makeSignal();
var w = stream.addAbortSignal(sig2, new stream.Writable({ write: function (c, e, cb) { cb(); } }));
w.on('finish', function () { console.log('w finish'); });
w.on('close', function () { console.log('w close, signal listeners', sig2.count()); });
w.end('x');

var sig3 = makeSignal();
sig3.aborted = true;
var r3 = new stream.Readable({ read: function () {} });
r3.on('error', function (e) { console.log('r3 error', e.name); });
stream.addAbortSignal(sig3, r3);
console.log('r3 destroyed at once', r3.destroyed);

try {
  stream.addAbortSignal({}, r3);
} catch (e) {
  console.log(e.code, e.message);
}
try {
  stream.addAbortSignal(makeSignal(), {});
} catch (e) {
  console.log(e.code, e.message);
}
