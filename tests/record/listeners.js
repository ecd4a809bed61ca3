// A listener leak: every tick adds a 'data' listener to one emitter (line 8) and never
// removes it; a second emitter gets one added and removed each tick (balanced).
var EventEmitter = require('events');
var leaky = new EventEmitter(), balanced = new EventEmitter();
leaky.setMaxListeners(0);
var ticks = 0;
function tick() {
	leaky.on('data', function onData() {});
	var f = function () {};
	balanced.on('end', f);
	balanced.removeListener('end', f);
	if (++ticks < 12) setTimeout(tick, 1);
	else console.log(leaky.listenerCount('data'), balanced.listenerCount('end'));
}
tick();
