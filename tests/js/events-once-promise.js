// events.once(emitter, name) resolves with the argument array; rejects if 'error' is emitted first; listeners are cleaned up.
var EventEmitter = require('events');
var once = EventEmitter.once;
var e = new EventEmitter();
once(e, 'ready').then(function (args) {
  console.log('resolved', Array.isArray(args), args.length, args.join(','));
  console.log('left:', e.listenerCount('ready'), e.listenerCount('error'));
});
console.log('waiting:', e.listenerCount('ready'), e.listenerCount('error'));
e.emit('ready', 1, 'two');
e.emit('ready', 3);
var f = new EventEmitter();
once(f, 'ready').then(function () {
  console.log('should not resolve');
}, function (err) {
  console.log('rejected', err.message, f.listenerCount('ready'), f.listenerCount('error'));
});
f.emit('error', new Error('failed'));
var g = new EventEmitter();
once(g, 'error').then(function (args) {
  console.log('error as event:', args[0].message);
});
g.emit('error', new Error('expected'));
var h = new EventEmitter();
var p = once(h, 'x');
console.log(typeof p.then, p instanceof Promise);
setTimeout(function () { h.emit('x'); }, 1);
p.then(function (args) { console.log('empty args:', args.length); });
