// CPU-bound: recursion, arithmetic and string building in timer callbacks (so that
// samples fall in phases and callbacks), ~1 s on a 2020s core.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function words(n) {
	var s = '';
	for (var i = 0; i < n; i++) s += String.fromCharCode(97 + i % 26);
	return s.length;
}
var rounds = 0, total = 0;
function round() {
	total += fib(22) + words(8000);
	if (++rounds < 150) setTimeout(round, 0);
	else console.log(rounds, total);
}
round();
