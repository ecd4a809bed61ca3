// process.nextTick: 100,000 queued at once (half with arguments), then a chain of
// 100,000 each queued by the one before.
var n = 0, N = 100000;
function f() { n++; }
function g(a, b) { n += a - b; }
for (var i = 0; i < N; i++) {
  if (i % 2) process.nextTick(f);
  else process.nextTick(g, 2, 1);
}
function chain() { if (++n < 2 * N) process.nextTick(chain); }
process.nextTick(chain);
process.on('exit', function () { console.log(n); });
