// events.once() and events.on() with a real AbortSignal, and with an EventTarget
// (or an AbortSignal) as the emitter.
var events = require('events');
var EventEmitter = events.EventEmitter;
var ee = new EventEmitter();
var ac = new AbortController();
events.once(ee, 'never', { signal: ac.signal }).then(null, function (err) {
  console.log('once rejected', err.name, err.code, err.message, err.cause);
  console.log('listeners left', ee.listenerCount('never'), ee.listenerCount('error'));
});
ac.abort('stop');

events.once(ee, 'x', { signal: AbortSignal.abort('pre') }).then(null, function (err) {
  console.log('pre-aborted', err.code, err.cause);
});

var t = new EventTarget();
events.once(t, 'ping').then(function (args) {
  console.log('EventTarget once', args[0] instanceof Event, args[0].type);
});
t.dispatchEvent(new Event('ping'));

var s = new AbortController();
events.once(s.signal, 'abort').then(function (args) {
  console.log('signal as emitter', args[0].type, s.signal.aborted);
});
s.abort();

var ac2 = new AbortController();
var it = events.on(ee, 'data', { signal: ac2.signal });
it.next().then(function (r) {
  console.log('on got', r.value, r.done);
  ac2.abort();
  return it.next();
}).then(null, function (err) {
  console.log('on aborted', err.name, err.code);
});
ee.emit('data', 1, 2);
console.log('disposable', typeof events.addAbortListener(new AbortController().signal, function () {}));
