// Two functions named `work`: the first is hot (most of the CPU), the second cold.
// The hot one runs in timer callbacks; the main script does a little too.
var work = function work(n) {
	var s = 0;
	for (var i = 0; i < n; i++) s += i % 7;
	return s;
};
var cold = { work: function work(n) {
	var s = 0;
	for (var i = 0; i < n; i++) s += i;
	return s;
} };
var total = cold.work(100000), rounds = 0;
function tick() {
	total += work(400000) + cold.work(20000);
	if (++rounds < 8) setTimeout(tick, 0);
	else console.log('done', total > 0);
}
setTimeout(tick, 0);
