// Seed "Memory Management" 3: listeners added with on() and never removed — listenerCount keeps growing
// and, past 10, one MaxListenersExceededWarning is emitted (written to stderr; seen here via process.on('warning')).
var EventEmitter = require('events');
var emitter = new EventEmitter();
var warnings = 0;
process.on('warning', function (w) {
  warnings++;
  console.log('warning event:', w.name, w.type, w.count, w.emitter === emitter);
  console.log(w.message);
});
function request(i) {
  // Each "request" registers a listener and forgets to remove it.
  emitter.on('event', function callback(data) { return data + i; });
}
for (var i = 0; i < 25; i++) {
  request(i);
  if (i % 5 === 4) console.log('after', i + 1, 'requests: listenerCount =', emitter.listenerCount('event'));
}
console.log('emit returns', emitter.emit('event', 1), 'listeners', emitter.listeners('event').length);
setImmediate(function () {
  console.log('warnings:', warnings);
  emitter.removeAllListeners('event');
  console.log('after removeAllListeners:', emitter.listenerCount('event'));
});
