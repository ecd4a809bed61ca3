// EventEmitter.errorMonitor listeners see 'error' before regular listeners, and do not stop the throw when none exist.
var EventEmitter = require('events');
var errorMonitor = EventEmitter.errorMonitor;
console.log(errorMonitor === require('events').errorMonitor);
var e = new EventEmitter();
e.on(errorMonitor, function (err, extra) { console.log('monitor', err.message, extra); });
e.on('error', function (err) { console.log('handler', err.message); });
console.log(e.emit('error', new Error('one'), 'x'));
var f = new EventEmitter();
f.on(errorMonitor, function (err) { console.log('monitor only', err.message); });
try {
  f.emit('error', new Error('two'));
} catch (err) {
  console.log('thrown', err.message);
}
console.log(f.listenerCount(errorMonitor), f.listenerCount('error'));
console.log(f.emit(errorMonitor, new Error('direct')));
