// leaky-app.js — the bundled example for `build.sh demo`: a small "request handler"
// driven by a timer, leaking three ways (a global request history, an event listener
// per request, an unbounded cache) while doing honest short-lived work too (a global
// that is replaced, not grown, and garbage per request).
//
// Under leakscope it takes a heap snapshot after every round (the first one is the
// warm-up), so that `leakscope diff` can say what keeps growing:
//   leakscope run --record demo.db examples/leaky-app.js && leakscope diff demo.db
// Under node it just runs.
var EventEmitter = require('events');

var snapshot = null;
if (process.versions.leakscope)
	snapshot = require('leakscope').snapshot;

var bus = new EventEmitter();
bus.setMaxListeners(0);
var cache = {};			// grows without bound: one entry per request id
var requests = 0;
global.recentRequests = [];	// "recent", but nothing ever trims it

function handle(id) {
	var body = { id: id, payload: new Array(64).join('x') + id };
	leakedData = body;		// forgot `var`: a global that is replaced, not a leak
	if (!cache[id])
		cache[id] = { body: body, at: requests };
	recentRequests.push({ id: id, n: requests });
	bus.on('shutdown', function onShutdown() {	// never removed: one per request
		return body.id;
	});
	requests += work();
}

function work() {
	var temp = [];
	for (var i = 0; i < 50; i++)
		temp.push({ i: i });	// garbage: freed after the request
	return temp.length > 0 ? 1 : 0;
}

var rounds = 5, round = 0;
var interval = setInterval(function () {
	for (var i = 0; i < 200; i++)
		handle('req-' + round + '-' + i);
	round++;
	var m = process.memoryUsage();
	console.log('round %d: %d requests, heapUsed %d KiB, shutdown listeners %d, cache %d',
		round, requests, Math.round(m.heapUsed / 1024), bus.listenerCount('shutdown'),
		Object.keys(cache).length);
	if (snapshot)
		snapshot('after round ' + round);
	if (round === rounds)
		clearInterval(interval);	// the app is done: all it holds becomes garbage
}, 20);
