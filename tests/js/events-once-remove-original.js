// once(fn) stores a wrapper; removeListener/off with the original fn removes it, and listeners() unwraps it.
var EventEmitter = require('events');
var e = new EventEmitter();
function fn(v) { console.log('fn called', v); }
e.once('x', fn);
console.log(e.listenerCount('x'), e.listeners('x')[0] === fn, e.rawListeners('x')[0] === fn);
console.log(e.listenerCount('x', fn));
e.removeListener('x', fn);
console.log(e.listenerCount('x'), e.emit('x', 1));
e.once('x', fn);
e.on('x', fn);
e.off('x', fn);
console.log(e.listenerCount('x'), e.rawListeners('x')[0] === fn, typeof e.rawListeners('x')[0].listener);
console.log(e.emit('x', 2), e.emit('x', 3));
e.once('y', fn);
console.log(e.emit('y', 'a'), e.emit('y', 'b'), e.listenerCount('y'));
