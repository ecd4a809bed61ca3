// Generator-backed iterables wherever an iterable is taken: call spread, new with
// spread, Map/Set constructors, Promise.all, destructuring parameters, yield*.
class Deck {
  constructor(n) { this.n = n; }
  *[Symbol.iterator]() { for (let i = 1; i <= this.n; i++) yield i; }
}
const d = new Deck(4);
function sum(...xs) { return xs.reduce((a, b) => a + b, 0); }
console.log(sum(...d), Math.min(...d), new Array(...new Deck(2)).length);
console.log(new Map([...d].map((x) => [x, x * x])).get(3), new Set(d).has(4));
const [first, ...others] = d;
function params([a, b], ...rest) { return [a, b, rest.length]; }
console.log(first, others, params(d, ...d));
Promise.all(new Deck(3)).then((v) => console.log('Promise.all', v));
function* twice(it) { yield* it; yield* it; }
console.log([...twice(d)]);
const it = d[Symbol.iterator]();
console.log(it.next(), [...it], it.next());
