// Runs until killed: CPU in timer callbacks, listeners coming and going, garbage.
var EventEmitter = require('events');
var e = new EventEmitter();
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function tick() {
	var garbage = [];
	for (var i = 0; i < 1000; i++) garbage.push({ i: i });
	var f = function () {};
	e.on('x', f);
	e.removeListener('x', f);
	fib(18);
	setTimeout(tick, 1);
}
tick();
console.log('started');
