// Allocation-heavy: short-lived objects, arrays and strings, a small retained set, and
// an emitter whose listeners come and go; in immediates.
var EventEmitter = require('events');
var e = new EventEmitter();
var keep = [];
var n = 0;
function churn() {
	for (var i = 0; i < 20000; i++) {
		var o = { id: i, name: 'n' + i, tags: [i, i + 1], parent: null };
		if (i % 16 === 0) keep.push(o);
	}
	if (keep.length > 4000) keep = [];
	function onTick() {}
	e.on('tick', onTick);
	e.emit('tick', n);
	e.removeListener('tick', onTick);
	if (++n < 30) setImmediate(churn);
	else console.log(n, keep.length);
}
setImmediate(churn);
