// A fixed sequence of loop work: the main script waits 5 ms so that its 0 ms timer is
// due when the loop starts; the timer schedules an immediate, which starts an fs.stat
// whose callback arrives in the next iteration's poll phase, and it schedules a last
// immediate.
var fs = require('fs');
setTimeout(function timer() {
	setImmediate(function first() {
		fs.stat(__filename, function statDone(err) {
			if (err) throw err;
			setImmediate(function last() { console.log('done'); });
		});
	});
}, 0);
var t0 = Date.now();
while (Date.now() - t0 < 5);
