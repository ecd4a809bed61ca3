// Function.prototype.toString where the down-leveler changes the code around a
// function or inside it: block-scoped names it renames, per-iteration loop bindings,
// private methods, patterns and defaults, nested arrows. V8 prints the text as written.
async function decl(a) { await a; }
console.log(String(decl));
function* gdecl() { yield 1; }
console.log(String(gdecl));
class P { #p() { return 1; } get(){ return this.#p; } static #sp() {} }
console.log(String(new P().get()));
console.log(String(() => ({a: 1})));
const outer = (a) => (b) => a + b;
console.log(String(outer), '|', String(outer(1)));
{ let x = 1; function blockFn() { return x; } console.log(String(blockFn)); }
function withDefault(f = (q) => q * 2) { return f; }
console.log(String(withDefault()), '|', String(withDefault));
var o = { f: function () { let y = 2; return y; }, g: function named() { return this; } };
console.log(String(o.f), '|', String(o.g));
const fns = [];
for (let i = 0; i < 2; i++) fns.push(function loopFn() { return i; });
console.log(String(fns[1]), fns[1]());
for (const k of [1]) { console.log(String(() => k)); }
console.log(String(async () => {}), String(async function () {}));
console.log(String((...args) => args), String(({a, b}) => a), String(([x]) => x));
console.log(`${function   spaced   ( a ,b )   {   }}`);
const obj = { 'a-b': () => 1, [Symbol.iterator]: function* () {} };
console.log(String(obj['a-b']), '|', String(obj[Symbol.iterator]));
console.log(String(class { static m() { return () => 1; } }.m()));
