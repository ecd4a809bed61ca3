// More than 10 listeners of one type warn once per target (MaxListenersExceededWarning);
// events.setMaxListeners(n, target) changes the limit, events.getEventListeners lists.
var events = require('events');
process.on('warning', function (w) {
  console.log(w.name, w.message, w.type, w.count, w.target === t || w.target === s);
});
var t = new EventTarget();
for (var i = 0; i < 12; i++) t.addEventListener('foo', function () {});
t.addEventListener('bar', function () {});
for (i = 0; i < 12; i++) t.addEventListener('baz', function () {});
var s = new AbortController().signal;
for (i = 0; i < 11; i++) s.addEventListener('abort', function () {});
var t2 = new EventTarget();
events.setMaxListeners(1, t2);
console.log('limit', events.getMaxListeners(t2), events.getMaxListeners(t));
t2.addEventListener('q', function () {});
t2.addEventListener('q', function () {});
function l() {}
t2.addEventListener('q', l);
console.log('listeners', events.getEventListeners(t, 'foo').length, events.getEventListeners(t2, 'q')[2] === l,
  events.getEventListeners(t2, 'none').length);
