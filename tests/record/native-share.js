// Part JS, part one C function: loopy() is a JS loop with a check point every few
// instructions, natively() one JSON.stringify (a C function, no check point inside).
// loopy's length is set from a first measurement so that the two take about as long
// (their ratio differs between builds: the sanitizer build's stringify is slower), or
// from NATIVE_SHARE_N (a second run as the first: the script prints it; the
// measurement runs all the same, so that both runs' heaps have the same history). They run in
// turn inside mixed(), with a process.hrtime call after each. A sampler that took its
// samples only at the interpreter's check points would put nearly all of them in
// loopy(), and one that took them late at the next C function's return, in
// process.hrtime.
var big = [];
for (var i = 0; i < 100; i++) big.push({ a: i, b: 'x' + i, c: [i, i + 1] });
function loopy(n) { var s = 0; for (var i = 0; i < n; i++) s += i & 3; return s; }
function natively() { return JSON.stringify(big).length; }
function each(f, ms) {	// ms per call of f, over ms
	var t = Date.now(), n = 0;
	while (Date.now() - t < ms) { f(); n++; }
	return (Date.now() - t) / n;
}
var n = Math.max(50, Math.round(1000 * each(natively, 100) /
	each(function () { loopy(1000); }, 100)));
n = +process.env.NATIVE_SHARE_N || n;
function mixed(ms) {
	var end = Date.now() + ms, t;
	while (Date.now() < end) {
		loopy(n);
		t = process.hrtime();
		natively();
		process.hrtime(t);
	}
}
mixed(800);
console.log(n);
