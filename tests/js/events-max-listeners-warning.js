// Exceeding setMaxListeners(n) emits one MaxListenersExceededWarning per event name, with emitter/type/count; 0 disables it.
var EventEmitter = require('events');
function Server() { EventEmitter.call(this); }
require('util').inherits(Server, EventEmitter);
process.on('warning', function (w) {
  console.log('name:', w.name);
  console.log('message:', w.message);
  console.log('emitter:', w.emitter.constructor.name, 'type:', typeof w.type, String(w.type), 'count:', w.count);
  console.log('instanceof Error:', w instanceof Error, 'code:', w.code);
});
var e = new EventEmitter();
console.log(e.setMaxListeners(2) === e, e.getMaxListeners());
function noop() {}
e.on('data', noop);
e.on('data', noop);
console.log('two added');
e.on('data', noop);
e.on('data', noop);
e.on('other', noop);
e.on('other', noop);
e.on('other', noop);
var s = new Server();
s.setMaxListeners(1);
s.on(7, noop);
s.on(7, noop);
var z = new EventEmitter();
z.setMaxListeners(0);
for (var i = 0; i < 20; i++) z.on('many', noop);
console.log('zero limit count:', z.listenerCount('many'), z.getMaxListeners());
var inf = new EventEmitter();
inf.setMaxListeners(Infinity);
for (var j = 0; j < 20; j++) inf.on('many', noop);
console.log('sync done');
