// emit passes any number of arguments with this === emitter and returns whether there were listeners.
var EventEmitter = require('events');
var e = new EventEmitter();
e.on('n', function () {
  console.log('args', arguments.length, Array.prototype.slice.call(arguments).join(','), this === e);
});
console.log(e.emit('n'));
e.emit('n', 1);
e.emit('n', 1, 2);
e.emit('n', 1, 2, 3);
e.emit('n', 1, 2, 3, 4, 5, 6);
e.on('n', function second(a) { console.log('second', a, this === e); });
e.emit('n', 'x', 'y', 'z', 'w', 'v');
console.log(e.emit('missing'), e.emit('n', undefined));
var ret = e.on('r', function () { return 5; });
console.log(ret === e, e.emit('r'));
