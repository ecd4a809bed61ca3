// BigInt comparisons and equality: < > <= >= against BigInts, Numbers and strings by
// mathematical value, == with numbers/strings/booleans, === and Object.is by value,
// SameValueZero for Map/Set keys and includes, truthiness, property keys, sorting.
const big = 2n ** 64n;
console.log(1n < 2n, 2n < 1n, 1n <= 1n, -1n > -2n, big > 2 ** 64, big >= 2 ** 64, big < 2 ** 64 + 4096);
console.log(1n < 1.5, 2n > 1.5, -1n < -0.5, 1n < NaN, 1n > NaN, 1n < Infinity, 1n > -Infinity);
console.log(1n < '2', '10' > 9n, 1n < 'x', 2n >= '2', '0x10' == 16n, ' 5 ' == 5n, '' == 0n, '1.5' == 1n);
console.log(1n == 1, 1n == 1.0, 1n == 1.5, 0n == false, 1n == true, 2n == true, 0n == '', 0n == null, 0n == undefined);
console.log(1n === 1n, 1n === 1, big === 2n ** 64n, 1n !== 1n, Object.is(0n, -0n), Object.is(5n, 5n), [1n, 2n].includes(2n), [1n].indexOf(1n));
console.log(0n ? 't' : 'f', 1n ? 't' : 'f', !0n, !!-1n, 0n || 'or', 1n && 'and', 0n ?? 'nn');
const m = new Map([[1n, 'one'], [big, 'big']]);
console.log(m.get(1n), m.get(2n ** 64n), m.has(1), new Set([1n, 1n, 2n, 1]).size);
const o = {};
o[5n] = 'five'; o[big] = 'big';
console.log(Object.keys(o), o['5'], o[5n]);
const arr = [10n, -3n, 2n ** 70n, 0n, 7n];
arr.sort((p, q) => (p < q ? -1 : p > q ? 1 : 0));
console.log(arr);
console.log([3n, 1n, 2n].sort(), [1n, 2n].map((v) => v * 2n));
switch (3n) { case 3: console.log('number case'); break; case 3n: console.log('bigint case'); }
