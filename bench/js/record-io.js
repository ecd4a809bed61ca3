// I/O-heavy: many small file writes and reads through the thread pool, and timers; the
// loop spends its time in poll and in many short callbacks.
var fs = require('fs');
var os = require('os');
var path = require('path');
var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-bench-'));
var file = path.join(dir, 'f');
var left = 2000, timers = 0;
function next() {
	if (--left === 0) {
		fs.rmSync(dir, { recursive: true });
		console.log('done', timers);
		return;
	}
	fs.writeFile(file, 'line ' + left + '\n', function (err) {
		if (err) throw err;
		fs.readFile(file, 'utf8', function (err, s) {
			if (err) throw err;
			if (left % 100 === 0) setTimeout(function () { timers++; next(); }, 0);
			else setImmediate(next);
		});
	});
}
next();
