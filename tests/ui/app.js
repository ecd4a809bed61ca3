// app.js — the app tests/ui records for `leakscope ui`: a request handler driven by
// timers that leaks Session objects into a module-level cache (one per request, never
// evicted) and one 'close' listener per request on a shared emitter, burns CPU in
// checksum() and has one slow callback (busyWait, ~30 ms); three heap snapshots
// (baseline, after 2 rounds, after 4), then it exits.
'use strict';
const EventEmitter = require('events');
const leakscope = require('leakscope');

const bus = new EventEmitter();
bus.setMaxListeners(0);
const sessions = new Map();	// the leak: never evicted

class Session {
	constructor(id) {
		this.id = id;
		this.data = 'session-' + id + '-' + 'x'.repeat(40);
	}
}

function checksum(s) {
	let h = 0;
	for (let i = 0; i < s.length; i++)
		h = (h * 31 + s.charCodeAt(i)) | 0;
	return h;
}

function handle(id) {
	const s = new Session(id);
	sessions.set(id, s);
	bus.on('close', () => s.id);
	let h = 0;
	for (let k = 0; k < 3; k++)
		h ^= checksum(s.data + k);
	return h;
}

function busyWait(ms) {
	const end = Date.now() + ms;
	while (Date.now() < end)
		checksum('spin');
}

leakscope.snapshot('baseline');
let round = 0;
const timer = setInterval(() => {
	for (let i = 0; i < 300; i++)
		handle(round * 1000 + i);
	round++;
	if (round === 1)
		setImmediate(() => busyWait(30));
	if (round === 2)
		leakscope.snapshot('after 2 rounds');
	if (round === 4) {
		leakscope.snapshot('after 4 rounds');
		clearInterval(timer);
	}
}, 15);
