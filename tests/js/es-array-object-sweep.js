console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(Infinity), [[1], [2]].flat(0));
console.log([1, 2, 3].flatMap((x) => [x, x * 2]), ['a b', 'c'].flatMap((s) => s.split(' ')), [1, 2].flatMap((x) => [[x]]));
console.log([1, 2, 3].at(-1), [1, 2, 3].at(0), [].at(0), 'abc'.at(-2), [1, 2, 3].at(1.7), [1, 2].at(-3));
console.log([1, 2, 3, 4].findLast((x) => x % 2), [1, 2, 3, 4].findLastIndex((x) => x > 10), [5, 6].find((x) => x > 5), [5, 6].findIndex((x) => x === 6));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(-2, 0, 2), [1, 2, 3].fill(0, 1), new Array(3).fill().map((_, i) => i));
console.log(Array.from({ length: 3 }, (_, i) => i * i), Array.from(new Set('hello')), Array.from(new Map([[1, 2]])), Array.from('😀x'), Array.of(7, 8));
console.log([NaN].includes(NaN), [NaN].indexOf(NaN), [1, 2, 3].includes(2, 2), [0].includes(-0), [undefined].includes(), [, 1].includes(undefined));
console.log([3, 1, 10, 2].sort(), [3, 1, 10, 2].sort((a, b) => a - b), ['b', 'a', 'C'].sort(), [1, 2, 3].reverse());
const people = [{ n: 'a', age: 30 }, { n: 'b', age: 25 }, { n: 'c', age: 30 }];
console.log(people.sort((x, y) => x.age - y.age).map((p) => p.n).join(''));
console.log([1, 2, 3].reduce((a, b) => a + b), [[1, 2], [3]].reduceRight((acc, x) => acc.concat(x), []), [1, 2, 3].some((x) => x > 2), [].every((x) => false));
try { [].reduce((a, b) => a); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Array.isArray([]), [1, 2, 3].join('-'), [null, undefined, 1].join(), [1, [2, [3]]].toString(), String([]));
console.log([1, 2, 3, 4].slice(-2), [1, 2, 3, 4].splice(1, 2), Object.keys([4, 5]), [..."ab"].entries().next());
console.log(typeof [].toSorted, typeof [].toReversed, typeof [].with, typeof Object.groupBy);
const obj = { b: 2, a: 1, 10: 'ten', 2: 'two', [Symbol('s')]: 'sym' };
console.log(Object.keys(obj), Object.values(obj), Object.entries(obj));
console.log(Object.fromEntries([['x', 1], ['y', [2]]]), Object.fromEntries(new Map([['m', 1]]).entries()), Object.fromEntries(Object.entries({ a: 1 }).map(([k, v]) => [k.toUpperCase(), v * 2])));
const withAcc = { get g() { return 1; }, set s(v) {}, v: 1 };
const descs = Object.getOwnPropertyDescriptors(withAcc);
console.log(Object.keys(descs), typeof descs.g.get, descs.s.set !== undefined, descs.v);
const clone = Object.defineProperties({}, Object.getOwnPropertyDescriptors(withAcc));
console.log(Object.getOwnPropertyDescriptor(clone, 'g').get === descs.g.get);
console.log(Object.assign({}, { a: 1 }, null, { b: 2 }, 'xy'), Object.is(NaN, NaN), Object.is(0, -0), Object.hasOwn({ q: 1 }, 'q'));
const frozen = Object.freeze({ a: { b: 1 } });
frozen.a.b = 2; frozen.c = 3;
console.log(frozen, Object.isFrozen(frozen), Object.isSealed(Object.seal({})), Object.isExtensible(Object.preventExtensions({})));
'use strict';
console.log(Object.entries('ab'), Object.keys(5), Object.getOwnPropertyNames('ab'), Object.values({ get x() { return 'getter'; } }));
const proto = { inherited: 1 };
const child = Object.create(proto, { own: { value: 2, enumerable: true } });
for (const k in child) console.log('for-in', k);
console.log(Object.keys(child), 'inherited' in child, Object.getPrototypeOf(child) === proto);
const nested = { a: [1, { b: 2 }], c: 'str', d: null, e: undefined, f: () => 1, g: new Date(0), h: NaN, i: Infinity };
console.log(JSON.stringify(nested), JSON.stringify(nested, null, 2).split('\n').length, JSON.stringify(nested, ['a', 'c']));
console.log(JSON.stringify({ toJSON() { return { custom: true }; } }), JSON.stringify('\u2028\ud800'), JSON.stringify([undefined, function () {}]));
console.log(JSON.parse('{"a":[1,2,{"b":null}]}', (k, v) => (typeof v === 'number' ? v * 10 : v)), JSON.parse(' "s" '), JSON.parse('1e3'));
for (const bad of ['{a:1}', "{'a':1}", '[1,]', '', '{"a":1', 'undefined', '01']) {
  try { JSON.parse(bad); } catch (e) { console.log(e.name, e.message); }
}
const circ = { name: 'c' }; circ.self = circ;
try { JSON.stringify(circ); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
console.log(JSON.stringify({ a: 1, b: [1, 2] }, null, '\t'), JSON.stringify([], null, 2), JSON.stringify({}, null, 2));
console.log(JSON.stringify({ date: new Date(Date.UTC(2020, 0, 2)) }), JSON.stringify(Object.create({ inh: 1 })), JSON.stringify(new Map([[1, 2]])));
console.log(JSON.stringify({ big: 1e21, small: 1e-7, neg: -0 }), JSON.stringify('"quoted" \\ \n'), JSON.stringify({ k: 'v' }, (k, v) => (k === 'k' ? undefined : v)));
