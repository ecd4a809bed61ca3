// Invalid listeners and max-listener values throw TypeError/RangeError with Node's codes and messages.
var EventEmitter = require('events');
var e = new EventEmitter();
function show(f) {
  try { f(); console.log('no throw'); } catch (err) { console.log(err.name + ' [' + err.code + ']: ' + err.message); }
}
show(function () { e.on('x', 'notfn'); });
show(function () { e.once('x', 5); });
show(function () { e.prependListener('x', {}); });
show(function () { e.removeListener('x', null); });
show(function () { e.on('x'); });
show(function () { e.setMaxListeners(-1); });
show(function () { e.setMaxListeners('2'); });
show(function () { e.setMaxListeners(NaN); });
show(function () { EventEmitter.setMaxListeners(1, {}); });
show(function () { new EventEmitter({ captureRejections: 'yes' }); });
console.log(e.listenerCount('x'));
