// for-of over arrays, strings, arguments and Map/Set.
for (const x of [1, 2]) console.log('arr', x);
for (const ch of 'ab') console.log('str', ch);
(function () { for (const a of arguments) console.log('args', a); })('p', 'q');
const m = new Map([['k1', 1], ['k2', 2]]);
for (const [k, v] of m) console.log('map', k, v);
for (const v of new Set(['s1', 's2'])) console.log('set', v);
for (const k of m.keys()) console.log('keys', k);
