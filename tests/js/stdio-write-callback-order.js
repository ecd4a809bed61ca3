// process.stdout.write is synchronous: the bytes are out when it returns true. Callbacks
// run a tick later; consecutive writes with the same callback share one tick, in order
// with process.nextTick, before promise jobs and immediates.
var out = process.stdout;
function cb(e) { out.write('cb(' + e + ')\n'); }
console.log('ret a:', out.write('a\n', cb));
process.nextTick(function () { out.write('tick 1\n'); });
console.log('ret b:', out.write('b\n', cb));
out.write('c (no callback)\n');
out.write('d\n', function (e) { out.write('other callback(' + e + ')\n'); });
out.write('e\n', 'utf8', cb);
process.nextTick(function () { out.write('tick 2\n'); });
Promise.resolve().then(function () { out.write('microtask\n'); });
setImmediate(function () { out.write('immediate\n'); });
out.write('f\n');
function cb2(e) { out.write('cb2(' + e + ')\n'); }
out.write('g\n', cb2);
out.write('h\n', cb2);
process.nextTick(function () { out.write('tick 3\n'); });
out.write('i\n', cb2);
console.log('sync end, writableLength', out.writableLength);
