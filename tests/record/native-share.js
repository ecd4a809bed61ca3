// Part JS, part one C function: loopy() is a JS loop with a check point every few
// instructions, natively() one JSON.stringify (a C function, no check point inside)
// taking about as long. They run in turn inside mixed(), so the samples under
// natively() should be about its share of the time. A sampler that took its samples
// only at the interpreter's check points would put nearly all of them in loopy().
var big = [];
for (var i = 0; i < 100; i++) big.push({ a: i, b: 'x' + i, c: [i, i + 1] });
function loopy(n) { var s = 0; for (var i = 0; i < n; i++) s += i & 3; return s; }
function natively() { return JSON.stringify(big).length; }
function mixed(ms) {
	var end = Date.now() + ms, n = 0;
	while (Date.now() < end) { loopy(1500); natively(); n++; }
	return n;
}
console.log(mixed(600) > 0);
