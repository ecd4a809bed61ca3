// Array.prototype.sort is stable (ES2019; V8's TimSort): equal elements keep their order
const people = [
  { name: 'ann', age: 30 }, { name: 'bob', age: 25 }, { name: 'cid', age: 30 },
  { name: 'dee', age: 25 }, { name: 'eve', age: 30 }, { name: 'fay', age: 20 },
];
console.log(people.slice().sort((a, b) => a.age - b.age).map(p => p.name).join(' '));
console.log(people.slice().sort((a, b) => b.age - a.age).map(p => p.name).join(' '));

// long enough for the merge passes, many ties
const big = Array.from({ length: 100 }, (_, i) => ({ key: (i * 7) % 5, i }));
const sorted = big.slice().sort((a, b) => a.key - b.key);
let stable = true;
for (let k = 1; k < sorted.length; k++)
  if (sorted[k - 1].key === sorted[k].key && sorted[k - 1].i > sorted[k].i) stable = false;
console.log('stable over 100:', stable, sorted.slice(0, 6).map(x => x.i).join(','));

// a comparator that says "equal" for everything leaves the array as it was
console.log([5, 3, 9, 1, 7, 2, 8, 6, 4, 0].sort(() => 0).join(''));

// default order (strings), undefined last, holes after them, length kept
const sparse = ['b', undefined, 'a', , 'c', undefined];
const r = sparse.sort();
console.log(r === sparse, r.length, JSON.stringify(r), 3 in r, 5 in r);
console.log([10, 9, 1, 100, 25].sort().join(), [10, 9, 1, 100, 25].sort((a, b) => a - b).join());

// sort by two keys through chained stable sorts
const rows = [['x', 2], ['y', 1], ['x', 1], ['z', 2], ['y', 2]];
rows.sort((a, b) => a[1] - b[1]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
console.log(rows.map(r => r.join('')).join(' '));

// a throwing comparator leaves a usable array and the error reaches the caller
const arr = [3, 2, 1];
try { arr.sort(() => { throw new Error('cmp'); }); } catch (e) { console.log('caught', e.message, arr.length); }
// array-likes and toSorted
const al = { 0: 'c', 1: 'a', 2: 'b', length: 3 };
Array.prototype.sort.call(al);
console.log(al[0], al[1], al[2]);
console.log([3, 1, 2].toSorted().join(), typeof [].sort(), [1].sort((a, b) => b - a));
try { [1, 2].sort('nope'); } catch (e) { console.log(e.name, e.message); }
