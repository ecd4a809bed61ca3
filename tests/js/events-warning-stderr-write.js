// The default 'warning' handler writes MaxListenersExceededWarning through process.stderr.write (Node's
// console.error path), so replacing process.stderr.write captures it; the hint line comes with the first warning.
var EventEmitter = require('events');
var emitter = new EventEmitter();
var captured = '';
var realWrite = process.stderr.write;
process.stderr.write = function (chunk) {
  captured += String(chunk);
  return true;
};
var warnings = 0;
process.on('warning', function (w) {
  warnings++;
  console.log('warning event:', w.name, w.type, w.count, w.emitter === emitter);
});
function request(i) {
  // Each "request" registers a listener and forgets to remove it.
  emitter.on('event', function callback(data) { return data + i; });
}
for (var i = 0; i < 12; i++) {
  request(i);
  if (i % 4 === 3) console.log('after', i + 1, 'requests: listenerCount =', emitter.listenerCount('event'));
}
console.log('emit returns', emitter.emit('event', 1), 'listeners', emitter.listeners('event').length);
setImmediate(function () {
  process.stderr.write = realWrite;
  var lines = captured.split('\n').filter(function (l) { return l.length > 0; });
  console.log('stderr lines:', lines.length);
  lines.forEach(function (l) { console.log('stderr:', l.replace(/^\(\w+:\d+\) /, '(PID) ')); });
  console.log('warnings:', warnings);
  emitter.removeAllListeners('event');
  console.log('after removeAllListeners:', emitter.listenerCount('event'));
});
