// 'removeListener' is emitted after removal with the original function (also for once-wrappers); removeAllListeners goes last-first.
var EventEmitter = require('events');
var e = new EventEmitter();
function a() {}
function b() {}
function c() {}
e.on('removeListener', function (name, fn) {
  console.log('removed', name, fn.name, 'remaining', this.listenerCount(name));
});
e.on('x', a);
e.once('x', b);
e.on('y', c);
e.removeListener('x', a);
e.emit('x');
e.on('x', a);
e.on('x', b);
e.on('x', c);
e.removeAllListeners('x');
e.on('x', a);
e.removeAllListeners();
console.log(e.eventNames().length, e.listenerCount('removeListener'));
console.log(e.removeListener('nothing', a) === e, e.removeAllListeners('nothing') === e);
