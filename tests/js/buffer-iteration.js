// Buffers and Uint8Arrays are iterable: for-of, spread, destructuring and the
// keys/values/entries iterators (ES2015 syntax, down-leveled by the runtime).
const b = Buffer.from('hey');
const seen = [];
for (const x of b) seen.push(x);
console.log(seen, [...b], [...new Uint8Array([1, 2])], [...Buffer.alloc(0)]);
const [first, second, ...rest] = Buffer.from([1, 2, 3, 4]);
console.log(first, second, rest);
for (const [i, v] of b.entries()) console.log(i, v);
console.log([...new Uint8Array(3).keys()], [...b.values()], Math.max(...b));
const it = b[Symbol.iterator]();
console.log(it.next(), typeof b[Symbol.iterator], it[Symbol.iterator]() === it);
