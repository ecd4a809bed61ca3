// 'newListener' fires before the listener is added (so a listener added inside it runs first); once gives the original fn.
var EventEmitter = require('events');
var e = new EventEmitter();
var log = [];
e.once('newListener', function (event, listener) {
  log.push('newListener ' + event + ' ' + listener.name + ' count=' + this.listenerCount(event));
  if (event === 'x') this.on('x', function inner() { log.push('inner'); });
});
e.on('x', function outer() { log.push('outer'); });
e.emit('x');
console.log(log.join(' | '));
log = [];
e.on('newListener', function (event, listener) {
  log.push(typeof event + ':' + String(event) + ':' + listener.name);
});
function onceFn() {}
e.once('y', onceFn);
e.prependListener(42, function numbered() {});
e.on('newListener', function second() {});
console.log(log.join(' | '));
console.log(e.eventNames().join(','));
console.log(e.listenerCount('newListener'));
