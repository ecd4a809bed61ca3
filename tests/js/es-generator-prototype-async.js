// An async generator function's 'prototype': its objects inherit from it, it inherits
// from %AsyncGeneratorPrototype%; async generator functions are not constructors
const util = require('util');
function msg(f) { try { return 'ok ' + String(f()); } catch (e) { return `${e.constructor.name}: ${e.message}`; } }
function msgText(f, fn) { return msg(f).split(String(fn)).join('<source>'); }
function desc(o, k) { const d = Object.getOwnPropertyDescriptor(o, k); return d ? `w${+!!d.writable} e${+!!d.enumerable} c${+!!d.configurable} ${typeof d.value}` : 'none'; }

async function* ag(n) { for (let i = 0; i < n; i++) yield i; }
const AGP = Object.getPrototypeOf(ag.prototype);
const AGF = Object.getPrototypeOf(ag);
const GP = Object.getPrototypeOf((function* () {}).prototype);
console.log('1.1 proto of object', Object.getPrototypeOf(ag(1)) === ag.prototype, ag(1) instanceof ag);
console.log('1.2 own prototype', desc(ag, 'prototype'), Object.getOwnPropertyNames(ag.prototype), ag.prototype.hasOwnProperty('constructor'));
console.log('1.3 AsyncGeneratorPrototype names', Object.getOwnPropertyNames(AGP));
console.log('1.4 constructor links', AGP.constructor === AGF, AGF.prototype === AGP, desc(AGF, 'prototype'), desc(AGP, 'constructor'));
console.log('1.5 function kind name', AGF.constructor.name, Object.getPrototypeOf(async function* () {}).constructor.name);
console.log('1.6 not the sync one', AGP !== GP, Object.getPrototypeOf(AGP) !== Object.getPrototypeOf(GP));
const AIP = Object.getPrototypeOf(AGP);
console.log('1.7 async iterator proto', Object.getOwnPropertyNames(AIP), typeof AIP[Symbol.asyncIterator], Object.getPrototypeOf(AIP) === Object.prototype);
const o = ag(2);
console.log('1.8 async iterator returns itself', o[Symbol.asyncIterator]() === o, Symbol.iterator in o);
console.log('1.9 tags', Object.prototype.toString.call(o), Object.prototype.toString.call(ag.prototype));
console.log('1.10 methods', typeof AGP.next, typeof AGP.return, typeof AGP.throw, o.hasOwnProperty('next'));

ag.prototype.collect = async function () { const out = []; for await (const v of this) out.push(v); return out; };
h.prototype = { custom: true };
async function* h() { yield 'h'; }

console.log('2.1', msg(() => new ag()));
const holder = { ag, m: async function* () {} };
console.log('2.2', msg(() => new holder.ag(1)));
console.log('2.3', msg(() => new holder.m()));
console.log('2.4', msg(() => new (async function* () {})()));
console.log('2.5', msgText(() => Reflect.construct(ag, []), ag));
console.log('2.6', util.types.isAsyncGeneratorFunction ? 'has' : 'none', util.types.isAsyncFunction(ag), util.types.isGeneratorFunction(ag), util.types.isGeneratorObject(ag(0)));
console.log('2.7', util.inspect(ag.prototype), util.inspect(AGP));

(async () => {
  console.log('3.1 added method', await ag(3).collect());
  const r = h();
  console.log('3.2 reassigned prototype', Object.getPrototypeOf(r) === h.prototype, r.custom, typeof r.next);
  h.prototype = 'str';
  const r2 = h();
  console.log('3.3 non-object prototype', Object.getPrototypeOf(r2) === AGP, await r2.next());
})();
