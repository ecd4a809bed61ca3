var m = new Map([[1, 'a'], [2, 'b'], [3, 'c'], [4, 'd']]);
var seen = [];
m.forEach(function (v, k, map) {
  seen.push(k);
  if (k === 1) { map.delete(2); map.set(5, 'e'); }
  if (k === 3) map.delete(1);
});
console.log(seen, m.size);
var s = new Set([1, 2, 3]);
var seen2 = [];
s.forEach(function (v, v2, set) {
  seen2.push(v + '/' + v2);
  if (v < 6) set.add(v + 3);
  set.delete(v);
});
console.log(seen2, s.size);
var m2 = new Map();
for (var i = 0; i < 100; i++) m2.set(i, i);
var visited = 0;
m2.forEach(function (v, k, map) {
  visited++;
  if (k === 0) for (var j = 1; j < 90; j++) map.delete(j);
});
console.log(visited, m2.size);
var ctx = { n: 0 };
new Map([[1, 1], [2, 2]]).forEach(function (v) { this.n += v; }, ctx);
console.log(ctx.n);
