// leaky-app.js — the bundled example for `build.sh demo`: a small "request handler"
// driven by timers, leaking in three of the seed's four ways (a global, an event
// listener per request, an unbounded cache) while doing honest short-lived work too.
var EventEmitter = require('events');

var bus = new EventEmitter();
bus.setMaxListeners(0);
var cache = {};			// grows without bound: one entry per request id
var requests = 0;

function handle(id) {
	var body = { id: id, payload: new Array(64).join('x') + id };
	leakedData = body;		// forgot `var`: a global that is replaced, not a leak
	if (!cache[id])
		cache[id] = { body: body, at: Date.now() };
	bus.on('shutdown', function onShutdown() {	// never removed: one per request
		return body.id;
	});
	var temp = [];
	for (var i = 0; i < 50; i++)
		temp.push({ i: i });	// garbage: freed after the request
	requests++;
}

var round = 0;
var interval = setInterval(function () {
	for (var i = 0; i < 200; i++)
		handle('req-' + round + '-' + i);
	round++;
	var m = process.memoryUsage();
	console.log('round %d: %d requests, heapUsed %d KiB, shutdown listeners %d, cache %d',
		round, requests, Math.round(m.heapUsed / 1024), bus.listenerCount('shutdown'),
		Object.keys(cache).length);
	if (round === 5)
		clearInterval(interval);
}, 20);
