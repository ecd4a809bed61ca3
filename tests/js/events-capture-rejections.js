// captureRejections: a rejected promise returned by a listener is routed to 'error' (or to the nodejs.rejection handler).
var EventEmitter = require('events');
var e = new EventEmitter({ captureRejections: true });
e.on('job', function (n) { return Promise.reject(new Error('failed ' + n)); });
e.on('error', function (err) { console.log('error event:', err.message); });
e.emit('job', 1);
var f = new EventEmitter({ captureRejections: true });
f.on('job', function () { return Promise.reject(new Error('custom')); });
f[EventEmitter.captureRejectionSymbol] = function (err, name, arg) {
  console.log('rejection handler:', err.message, name, arg);
};
f.emit('job', 'a');
var g = new EventEmitter();
g.on('job', function () { return Promise.resolve(1); });
console.log(g.emit('job'), EventEmitter.captureRejections);
console.log('sync end');
