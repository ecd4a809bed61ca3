// EventEmitter.listenerCount(emitter, name) (deprecated static) and emitter.listenerCount(name[, listener]).
var EventEmitter = require('events');
var e = new EventEmitter();
function a() {}
function b() {}
e.on('x', a);
e.on('x', b);
e.once('x', a);
e.on('y', a);
console.log(EventEmitter.listenerCount(e, 'x'), EventEmitter.listenerCount(e, 'y'), EventEmitter.listenerCount(e, 'z'));
console.log(e.listenerCount('x'), e.listenerCount('x', a), e.listenerCount('x', b), e.listenerCount('y', b));
var fake = { listenerCount: function (n) { return 'custom:' + n; } };
console.log(EventEmitter.listenerCount(fake, 'q'));
var plain = Object.create(EventEmitter.prototype);
console.log(plain.listenerCount('x'), EventEmitter.listenerCount(plain, 'x'));
e.emit('x');
console.log(e.listenerCount('x'), e.listenerCount('x', a));
console.log(typeof EventEmitter.listenerCount, EventEmitter.listenerCount.length, EventEmitter.prototype.listenerCount.length);
