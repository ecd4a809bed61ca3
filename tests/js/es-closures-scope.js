const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map((f) => f()));
const fns2 = [];
for (let i = 0, j = 10; i < 3; i++, j--) { fns2.push(() => [i, j]); i += 0; }
console.log(fns2.map((f) => f()));
const fns3 = [];
for (const k in { a: 1, b: 2 }) fns3.push(() => k);
console.log(fns3.map((f) => f()));
const fns4 = [];
let w = 0;
while (w < 3) { let captured = w * 10; fns4.push(() => captured); w++; }
console.log(fns4.map((f) => f()));
{ let blockScoped = 'inner'; var functionScoped = 'var'; }
console.log(typeof blockScoped, functionScoped);
try { console.log(tdz); let tdz = 1; } catch (e) { console.log(e.name, e.message); }
function hoisted() { return inner(); function inner() { return 'hoisted inner'; } }
console.log(hoisted());
if (true) { function blockFn() { return 'block fn'; } }
console.log(typeof blockFn === 'function' ? blockFn() : 'not visible');
const counter = (() => { let c = 0; return { inc: () => ++c, get value() { return c; } }; })();
counter.inc(); counter.inc();
console.log(counter.value);
let shadow = 'outer';
{ let shadow = 'inner'; console.log(shadow); }
console.log(shadow);
switch (1) { case 1: { let x = 'case scoped'; console.log(x); } }
const obj = {
  name: 'obj',
  regular() { return [this.name, (() => this.name)(), function () { return this === undefined ? 'undef' : typeof this; }()]; },
  arrowProp: () => typeof this,
};
console.log(obj.regular(), obj.arrowProp());
function Outer() { this.v = 'outer this'; const arrow = () => this.v; return arrow; }
console.log(new Outer()());
const args = function () { const a = () => arguments.length; return a(); };
console.log(args(1, 2, 3));
function defaults(a, b = a * 2, c = () => a + b) { a = 10; return [a, b, c()]; }
console.log(defaults(1), defaults(1, 1), defaults.length);
function restLen(a, ...r) {} console.log(restLen.length, ((a, b = 1, c) => 0).length);
const { log } = console; log('destructured log');
label1: { console.log('in label'); break label1; }
let counterLoop = 0;
for (const x of [1, 2, 3]) { setTimeout(() => console.log('timeout', x), 0); counterLoop += x; }
console.log(counterLoop);
const asyncFns = [];
for (let i = 0; i < 3; i++) asyncFns.push(async () => { await null; return i; });
Promise.all(asyncFns.map((f) => f())).then((r) => console.log('async closures', r));
const gens = [];
for (let i = 0; i < 2; i++) gens.push(function* () { yield i; yield i * 10; });
console.log(gens.map((g) => [...g()]));
var v1 = 1; { var v1 = 2; } console.log(v1);
console.log(typeof undeclaredFn, (function () { return typeof this; })(), (() => typeof globalThis)());
// a body that assigns the loop's binding while closures capture it
const seen = [];
for (let i = 0; i < 10; i++) {
  if (i === 2) { i += 3; continue; }
  seen.push(() => i);
  if (i === 7) break;
  i++;
}
console.log(seen.map((f) => f()));
function findSkip(s) {
  const cbs = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') { i++; cbs.push(() => 'escaped ' + s[i]); continue; }
    if (s[i] === '!') return [i, cbs.map((f) => f())];
    cbs.push(() => s[i]);
  }
  return cbs.map((f) => f());
}
console.log(findSkip('a\\bc'), findSkip('x\\y!z'));
function* genLoop() { for (let i = 0; i < 5; i++) { const f = () => i; if (i === 1) i = 3; yield f(); } }
console.log([...genLoop()]);
for (let k in { a: 1, b: 2 }) { const f = () => k; k = k + '!'; console.log(f()); }
