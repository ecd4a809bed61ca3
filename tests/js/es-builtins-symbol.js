// The Symbol global exists from start-up, typeof a symbol is 'symbol', symbols are
// unique property keys hidden from key listings, the well-known symbols drive iteration,
// and util.inspect/format print a symbol as Node does.
const log = console.log;
log('global', typeof Symbol, 'Symbol' in globalThis, Object.keys(globalThis).includes('Symbol'), Symbol.name, Symbol.length);
const a = Symbol('a'), b = Symbol('a'), anon = Symbol();
log('typeof', typeof a, typeof anon, typeof Symbol.iterator, typeof Symbol.for('k'), typeof Object.prototype);
log('unique', a === b, a === a, a.description, anon.description, Symbol('').description);
log('inspect', a, [a, anon], { key: a }, require('util').inspect(Symbol.iterator));
log('format', require('util').format('%s|%s', a, Symbol.asyncIterator));
log('registry', Symbol.for('app') === Symbol.for('app'), Symbol.keyFor(Symbol.for('app')), Symbol.keyFor(a));
try { new Symbol(); } catch (e) { log('new Symbol', e.constructor.name, e.message); }

const obj = { visible: 1 };
obj[a] = 'by a';
obj[b] = 'by b';
log('keys', obj[a], obj[b], Object.keys(obj), JSON.stringify(obj), Object.getOwnPropertyNames(obj), a in obj);
const seen = [];
for (const k in obj) seen.push(k);
log('for-in', seen);

const range = {
  from: 1, to: 4,
  [Symbol.iterator]() {
    let cur = this.from, last = this.to;
    return { next: () => (cur <= last ? { value: cur++, done: false } : { value: undefined, done: true }) };
  },
};
log('iterable', [...range], Array.from(range), Math.max(...range));
const m = new Map([[a, 1]]);
log('map key', m.get(a), m.has(b), new Set([a, a, b]).size);
log('util', require('util').isSymbol(a), require('util').isSymbol('a'));
const typeOf = v => (v === null ? 'null' : typeof v);
log('switch on typeof', [1, 's', a, {}, null, undefined, () => 0].map(typeOf).join());
