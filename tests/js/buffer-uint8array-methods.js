// Uint8Array: constructor forms, Uint8Array.from/of, and the prototype methods
// (map, filter, reduce, join, sort, set, subarray, slice, fill, copyWithin, at, ...).
var u = new Uint8Array([5, 6, 7]);
console.log(u.map(function (x) { return x * 100; }), u.filter(function (x) { return x > 5; }), u.reduce(function (a, x) { return a + x; }),
  u.reduceRight(function (a, x) { return a + '' + x; }, ''), u.join('|'), String(u), u.toString());
console.log(u.slice(1), u.subarray(1), u.at(-1), u.at(5), u.includes(6), u.includes(6, 2), u.indexOf(7), u.lastIndexOf(5),
  u.every(function (x) { return x > 4; }), u.some(function (x) { return x > 6; }), u.find(function (x) { return x > 5; }),
  u.findIndex(function (x) { return x > 9; }), u.findLast(function (x) { return x < 7; }), u.findLastIndex(function (x) { return x < 7; }));
var seen = [];
u.forEach(function (x, i) { seen.push(i + ':' + x); });
var it = u.entries();
console.log(seen.join(','), it.next(), it.next().value, u.keys().next(), u.values().next());
console.log(new Uint8Array([3, 1, 2]).sort(), new Uint8Array([3, 1, 2]).sort(function (a, b) { return b - a; }), new Uint8Array([3, 1, 2]).reverse());
console.log(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(0, 3), new Uint8Array(4).fill(7, 1, -1), new Uint8Array(3).fill(300));
var target = new Uint8Array(5);
target.set([1, 2], 1);
target.set(new Uint8Array([9]), 4);
console.log(target, Uint8Array.from([1, 2, 300]), Uint8Array.from({ length: 2 }), Uint8Array.of(1, 256, -1));
console.log(new Uint8Array(), new Uint8Array(2.5), new Uint8Array('3'), new Uint8Array([1.7, '2', null]), new Uint8Array({ length: 2, 0: 4 }));
console.log(new Uint8Array(new Uint8Array([1, 2])), Uint8Array.BYTES_PER_ELEMENT, u.BYTES_PER_ELEMENT, u.byteLength, u.byteOffset, u.length);
console.log(Object.keys(Uint8Array.prototype), Object.keys(Uint8Array), typeof u.toReversed, u.toReversed(), u.toSorted(), u.with(0, 1), u);
function attempt(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.message); }
}
attempt(function () { return Uint8Array(2); });
attempt(function () { return new Uint8Array(-1); });
attempt(function () { return target.set([1, 2, 3], 4); });
attempt(function () { return u.with(3, 1); });
