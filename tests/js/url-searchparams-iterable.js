// URLSearchParams is iterable like Node's: for-of over params and entries()/keys()/values(),
// spread, destructuring, Object.fromEntries, new Map(params), a params object built from
// a Map or other params (Node's output).
const sp = new URLSearchParams('a=1&b=2&a=3');
for (const [k, v] of sp.entries()) console.log(k, v);
for (const k of sp.keys()) console.log('key', k);
console.log([...sp.values()], Object.fromEntries(sp), new Map(sp), Array.from(sp));
console.log(new URLSearchParams(new Map([['m', 'x']])).toString(), new URLSearchParams(sp).toString());
const [first, ...rest] = sp; console.log(first, rest);
const u = new URL('http://x.com/?q=search+term&page=2');
const { q, page } = Object.fromEntries(u.searchParams); console.log(q, page);
console.log(sp.entries().next(), typeof sp[Symbol.iterator], sp[Symbol.iterator] === sp.entries);
