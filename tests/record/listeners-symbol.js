// Listeners under a symbol event name, as Node's own modules use them: one added and
// removed on an EventEmitter, one added on an EventTarget-free emitter and emitted.
var EventEmitter = require('events');
var kEvent = Symbol('kEvent');
var e = new EventEmitter();
function f() {}
e.on(kEvent, f);
e.removeListener(kEvent, f);
var got = 0;
e.on(kEvent, function (x) { got = x; });
e.emit(kEvent, 7);
console.log(got, e.listenerCount(kEvent), String(e.eventNames()[0]));
