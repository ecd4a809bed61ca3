// process is an EventEmitter: on/emit/once/removeListener work on arbitrary events.
var EventEmitter = require('events');
console.log(typeof process.on, typeof process.emit, typeof process.once);
console.log(process instanceof EventEmitter);
process.on('custom', function (a, b) { console.log('custom', a, b); });
process.once('custom', function () { console.log('once'); });
console.log(process.emit('custom', 1, 2));
console.log(process.emit('custom', 3, 4));
console.log(process.emit('nobody-listens'));
console.log(process.listenerCount('custom'));
console.log(Object.prototype.toString.call(process));
