// eventNames() lists event keys in insertion order (integer-like keys first); removing the last listener drops the name.
var EventEmitter = require('events');
var e = new EventEmitter();
function f() {}
console.log(e.eventNames());
e.on('b', f);
e.on('a', f);
e.on(10, f);
e.on('2', f);
e.on('z', f);
e.on('a', f);
console.log(e.eventNames());
e.removeListener('b', f);
console.log(e.eventNames());
e.removeListener('a', f);
console.log(e.eventNames());
e.removeAllListeners('a');
e.removeAllListeners(10);
console.log(e.eventNames());
e.removeAllListeners();
console.log(e.eventNames(), e._eventsCount);
