// Object.prototype.toString and Symbol.toStringTag of Map, Set, WeakMap, WeakSet and their
// iterators; subclasses' inspect prefix; Duplex, Transform and PassThrough are instanceof
// Writable (Writable[Symbol.hasInstance]) while a plain Writable is not a Duplex; the
// iterables scripts spread (Node's output).
const util = require('util');
const ts = (v) => Object.prototype.toString.call(v);
const m = new Map([[1, 2]]); const s = new Set([1]);
console.log(ts(m), ts(s), ts(new WeakMap()), ts(new WeakSet()), ts(m.entries()), ts(s.values()), ts(m[Symbol.iterator]()));
console.log(m[Symbol.toStringTag], Map.prototype[Symbol.toStringTag], String(m), `${s}`);
class MyMap extends Map {}
class MySet extends Set {}
console.log(new MyMap([[1, 2]]), new MySet([3]), ts(new MyMap()), ts(new MySet()));
console.log(m, s, m.entries(), s.values(), [m, s], { m });
console.log(util.inspect(new WeakMap()), util.types.isMap(new MyMap()), JSON.stringify(m), Object.keys(m));
{
const { Duplex, Writable, Readable, Transform, PassThrough } = require('stream');
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
console.log(d instanceof Writable, d instanceof Readable, new Transform() instanceof Writable, new PassThrough() instanceof Duplex, new Writable() instanceof Duplex);
const m = new Map([[1, 'a']]);
for (const [k, v] of m.entries()) console.log(k, v);
const { EventEmitter, on } = require('events');
console.log(typeof on(new EventEmitter(), 'x')[Symbol.asyncIterator]);
console.log(typeof process.stdin[Symbol.asyncIterator], typeof require('readline').createInterface({ input: Readable.from([]) })[Symbol.asyncIterator]);
const hdrs = new Headers({ a: '1', b: '2' }); for (const [k, v] of hdrs) console.log(k, v);
console.log([...new URLSearchParams('a=1')], [...'ab'], [...new Set([1])], Array.from(new Map([[1, 2]]).keys()));
const te = new TextEncoder(); console.log(te.encode('hé'), new TextDecoder().decode(te.encode('hé')));
console.log(Object.prototype.toString.call(new ArrayBuffer(1)), Object.prototype.toString.call(Buffer.alloc(1)), Object.prototype.toString.call(new Map()), Object.prototype.toString.call(Promise.resolve()));
}
