function* g() { yield 1; throw new RangeError('gen error'); }
try { for (const x of g()) console.log(x); } catch (e) { console.log('caught', e.name); }
const it = g(); it.next();
try { it.next(); } catch (e) { console.log(e.message, it.next()); }
class Res { constructor() { console.log('open'); } [Symbol.iterator]() { return this; } next() { return { value: 1, done: false }; } return() { console.log('closed'); return {}; } }
const [first] = new Res();
console.log(first);
process.exitCode = 3;
