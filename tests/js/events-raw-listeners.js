// rawListeners() returns once-wrappers (with .listener); calling a wrapper runs the listener once and removes it.
var EventEmitter = require('events');
var e = new EventEmitter();
function log(v) { console.log('log', v, this === e); return 'ret:' + v; }
e.once('x', log);
e.on('x', function plain() {});
var raw = e.rawListeners('x');
console.log(raw.length, raw[0] === log, raw[0].listener === log, raw[1].listener);
console.log(raw[0].name, typeof raw[0]);
console.log(raw[0]('direct'));
console.log(e.listenerCount('x'), raw[0]('again'));
var copy = e.rawListeners('x');
copy.push(function () {});
console.log(e.rawListeners('x').length, copy === e.rawListeners('x'));
console.log(e.rawListeners('none').length, e.listeners('none').length);
var ls = e.listeners('x');
ls.length = 0;
console.log(e.listeners('x').length);
