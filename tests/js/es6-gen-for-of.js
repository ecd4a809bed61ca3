// Generators consumed by for-of, spread, destructuring and Math.max.
function* range(from, to, step = 1) {
  for (let i = from; i < to; i += step) yield i;
}
const seen = [];
for (const x of range(0, 5)) seen.push(x * 2);
console.log(seen);
console.log([...range(1, 10, 3)], Math.max(...range(0, 7)));
const [a, , b, ...rest] = range(10, 16);
console.log(a, b, rest);
const { 0: first, length } = [...range(3, 6)];
console.log(first, length);
function* pairs(obj) { for (const k of Object.keys(obj)) yield [k, obj[k]]; }
for (const [k, v] of pairs({ x: 1, y: 2 })) console.log(k, '=', v);
const m = new Map(pairs({ p: 'q' }));
console.log(m.get('p'), new Set(range(0, 3)).size);
console.log(Array.prototype.slice.call([...'gen']), String([...range(0, 3)]));
