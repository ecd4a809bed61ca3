// A mixed workload that runs for LEAKSCOPE_BENCH_SECONDS (default 5): CPU in timer
// callbacks, short-lived allocations, listener churn and idle gaps. bench/record.sh
// records it to measure how fast the database grows at 1 kHz.
var EventEmitter = require('events');
var seconds = Number(process.env.LEAKSCOPE_BENCH_SECONDS || 5);
var end = Date.now() + seconds * 1000;
var e = new EventEmitter();
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function work() {
	var a = [];
	for (var i = 0; i < 2000; i++) a.push({ i: i, s: 'v' + i });
	function l() {}
	e.on('x', l);
	e.emit('x', fib(16) + a.length);
	e.removeListener('x', l);
	if (Date.now() < end) setTimeout(work, 2);
}
work();
