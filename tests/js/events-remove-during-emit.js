// Listeners removed or added during emit: the current emit uses the list as it was when emit started.
var EventEmitter = require('events');
var e = new EventEmitter();
var log = [];
function a() { log.push('a'); e.removeListener('x', b); e.on('x', d); }
function b() { log.push('b'); }
function c() { log.push('c'); }
function d() { log.push('d'); }
e.on('x', a);
e.on('x', b);
e.on('x', c);
e.emit('x');
console.log(log.join(','), e.listenerCount('x'));
log = [];
e.emit('x');
console.log(log.join(','), e.listenerCount('x'));
var f = new EventEmitter();
log = [];
f.on('y', function self() { log.push('self'); f.removeAllListeners('y'); });
f.on('y', function other() { log.push('other'); });
f.emit('y');
f.emit('y');
console.log(log.join(','), f.listenerCount('y'));
var g = new EventEmitter();
log = [];
g.on('z', function only() { log.push('only'); g.on('z', function added() { log.push('added'); }); });
g.emit('z');
g.emit('z');
console.log(log.join(','), g.listenerCount('z'));
