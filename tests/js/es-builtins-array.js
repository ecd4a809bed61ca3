// ES2015+ Array additions: from, of, find/findIndex/findLast/findLastIndex, includes,
// flat, flatMap, fill, copyWithin, at, keys/values/entries, toReversed, toSorted,
// toSpliced, with.
const log = console.log;
function tryIt(label, f) {
  try { log(label, f()); } catch (e) { log(label, e.constructor.name + ': ' + e.message); }
}

// from: iterables, array-likes, map function, holes, subclass `this`
log('from string', Array.from('a\u{1F600}b'));
log('from set', Array.from(new Set([1, 2, 2, 3])));
log('from map', Array.from(new Map([['a', 1]])));
log('from array-like', Array.from({ length: 3, 0: 'x', 2: 'z' }));
log('from length only', Array.from({ length: 3 }, (v, i) => i * i));
log('from holes', Array.from([1, , 3]));
log('from generator', Array.from((function* () { yield 1; yield 2; })(), x => x * 10));
log('from thisArg', Array.from([1, 2], function (x) { return x + this.add; }, { add: 100 }));
log('from arguments', (function () { return Array.from(arguments); })(4, 5));
log('from number', Array.from(5), Array.from(true));
tryIt('from null', () => Array.from(null));
tryIt('from bad mapFn', () => Array.from([1], 'nope'));
class MyArray extends Array {}
const mine = MyArray.from([1, 2]);
log('from subclass', mine instanceof MyArray, mine.length);
log('of', Array.of(7), Array.of(1, 2, 3), Array.of(), Array.of(undefined));

// find family
const people = [{ n: 'ann', a: 30 }, { n: 'bob', a: 25 }, { n: 'cy', a: 30 }];
log('find', people.find(p => p.a === 30), people.find(p => p.a > 90));
log('findIndex', people.findIndex(p => p.a === 30), people.findIndex(p => p.a > 90));
log('findLast', people.findLast(p => p.a === 30), people.findLastIndex(p => p.a === 30), [].findLastIndex(() => true));
const visited = [];
[1, , 3].find((v, i) => { visited.push(i + ':' + v); return false; });
log('find visits holes', visited);
tryIt('find no callback', () => [1].find());
tryIt('find on null', () => Array.prototype.find.call(null, x => x));
log('find array-like', Array.prototype.find.call({ length: 2, 0: 'a', 1: 'b' }, x => x === 'b'));

// includes: NaN, -0, holes, fromIndex
log('includes', [1, 2, 3].includes(2), [1, 2, 3].includes(4), [NaN].includes(NaN), [NaN].indexOf(NaN));
log('includes -0', [-0].includes(0), [1, , 3].includes(undefined), [1, 2, 3].includes(1, 1), [1, 2, 3].includes(3, -1));
log('includes string-like', Array.prototype.includes.call('abc', 'b'));

// flat / flatMap
log('flat', [1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(2), [1, [2, [3, [4]]]].flat(Infinity));
log('flat holes', [1, , [2, , 3]].flat(), [[]].flat(), [1, [2]].flat(0));
log('flatMap', ['a b', 'c'].flatMap(s => s.split(' ')), [1, 2].flatMap(x => [[x]]), [1, 2].flatMap(x => x));
tryIt('flatMap no fn', () => [1].flatMap());

// fill / copyWithin
log('fill', new Array(3).fill(0), [1, 2, 3, 4].fill(9, 1, 3), [1, 2, 3].fill(7, -1), [1, 2, 3].fill(5, 5));
log('fill objects share', (() => { const a = new Array(2).fill({}); return a[0] === a[1]; })());
log('copyWithin', [1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 3), [1, 2, 3, 4, 5].copyWithin(-2, -4, -3));
log('copyWithin holes', [1, , 3].copyWithin(0, 1));

// at
log('at', [1, 2, 3].at(0), [1, 2, 3].at(-1), [1, 2, 3].at(5), [1, 2, 3].at('1'), [].at(0));

// iterators
log('keys', [...['a', 'b'].keys()], [...['a', 'b'].values()], [...['a', 'b'].entries()]);
log('keys holes', [...[, 'x'].keys()], Array.from([, 'x'].entries()));
const it = [1].values();
log('iterator next', it.next(), it.next(), it.next());
log('values is iterator', [].values === [][Symbol.iterator], Object.keys([].keys()));
for (const [i, v] of ['p', 'q'].entries()) log('entry', i, v);

// change-array-by-copy
const orig = [3, 1, 2];
log('toReversed', orig.toReversed(), orig.toSorted(), orig.toSorted((a, b) => b - a), orig);
log('toSpliced', orig.toSpliced(1, 1), orig.toSpliced(1, 0, 'x', 'y'), orig.toSpliced(1), orig.toSpliced(), orig);
log('with', orig.with(0, 'w'), orig.with(-1, 'z'), orig);
tryIt('with out of range', () => orig.with(3, 0));
tryIt('toSorted bad comparator', () => orig.toSorted('x'));
log('toReversed holes', [1, , 3].toReversed());

// names, lengths, enumerability
const fns = ['find', 'findIndex', 'findLast', 'findLastIndex', 'includes', 'flat', 'flatMap', 'fill',
  'copyWithin', 'at', 'keys', 'values', 'entries', 'toReversed', 'toSorted', 'toSpliced', 'with'];
log('lengths', fns.map(f => f + '/' + Array.prototype[f].length).join(' '));
log('names', fns.every(f => Array.prototype[f].name === f), Array.from.length, Array.of.length);
log('no prototype', fns.some(f => 'prototype' in Array.prototype[f]));
log('enumerable', Object.keys(Array.prototype), Object.keys(Array));
const seen = [];
for (const k in [10, 20]) seen.push(k);
log('for-in array', seen);
