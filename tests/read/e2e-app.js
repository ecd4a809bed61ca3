// e2e-app.js — the script e2e-record.sh records: a hot function in timer callbacks,
// a listener added per tick and never removed, and one line that allocates most.
var EventEmitter = require('events');
var bus = new EventEmitter();
bus.setMaxListeners(100);
var keep = [];

// Fixed work, not a time: spin stays ~4x allocate's time however slow the build
// (AddressSanitizer) or the machine.
function spin(n) {
	var x = 0, i, j;
	for (j = 0; j < n; j++)
		for (i = 0; i < 1000; i++)
			x = (x * 31 + i) % 1000003;
	return x;
}

function allocate(n) {
	for (var k = 0; k < 1000; k++)
		keep.push({ n: n, k: k, s: 'item ' + n + ' ' + k }); // ALLOC LINE
}

var ticks = 0;
var timer = setInterval(function () {
	bus.on('tick', function onTick() {}); // LISTEN LINE
	allocate(ticks);
	spin(80);
	if (++ticks === 12)
		clearInterval(timer);
}, 1);
