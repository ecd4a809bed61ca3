// prependListener and prependOnceListener put listeners first; prepended once-listeners fire one time only.
var EventEmitter = require('events');
var e = new EventEmitter();
var log = [];
e.on('x', function a() { log.push('a'); });
e.prependListener('x', function b() { log.push('b'); });
e.prependOnceListener('x', function c() { log.push('c'); });
e.on('x', function d() { log.push('d'); });
e.prependOnceListener('x', function f() { log.push('f'); });
console.log(e.listeners('x').map(function (l) { return l.name; }).join(','));
console.log(e.rawListeners('x').map(function (l) { return l.name; }).join(','));
e.emit('x');
console.log(log.join(''));
log = [];
e.emit('x');
console.log(log.join(''), e.listenerCount('x'));
console.log(e.prependOnceListener('z', function () {}) === e, e.prependListener('z', function () {}) === e);
try {
  e.prependOnceListener('x', null);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
