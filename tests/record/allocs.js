// Two allocation sites: `retain` (line 6) keeps what it makes, `churn` (line 11)
// makes twice as many of the same objects and drops them at once.
var kept = [];
function retain(n) {
	for (var i = 0; i < n; i++)
		kept.push({ a: i, b: i + 1, c: i + 2, d: i + 3 });
}
function churn(n) {
	var x = 0;
	for (var i = 0; i < 2 * n; i++) {
		var tmp = { a: i, b: i + 1, c: i + 2, d: i + 3 };
		x += tmp.a;
	}
	return x;
}
var rounds = 0;
function step() {
	retain(3000);
	churn(3000);
	if (++rounds < 10) {
		setImmediate(step);
	} else {
		gc();	// what churn made is garbage: collected, its frees matched to line 11
		console.log(kept.length);
	}
}
step();
