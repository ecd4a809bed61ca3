// The same function can be added several times; each emit calls it each time; removeListener removes the most recently added one.
var EventEmitter = require('events');
var e = new EventEmitter();
var calls = 0;
function f() { calls++; }
function g() { calls += 100; }
e.on('x', f);
e.on('x', g);
e.on('x', f);
e.emit('x');
console.log(calls, e.listenerCount('x'), e.listenerCount('x', f));
e.removeListener('x', f);
console.log(e.listeners('x').map(function (l) { return l.name; }).join(','));
e.once('x', f);
e.on('x', f);
e.removeListener('x', f);
console.log(e.rawListeners('x').map(function (l) { return l.name; }).join(','));
e.removeListener('x', f);
e.removeListener('x', f);
console.log(e.listeners('x').map(function (l) { return l.name; }).join(','), e._events.x === g);
e.removeListener('x', g);
console.log(e.listenerCount('x'), e.eventNames().length, e._eventsCount);
