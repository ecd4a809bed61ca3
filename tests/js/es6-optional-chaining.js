// Optional chaining on members, calls and computed keys short-circuits the whole chain.
const o = { a: { b: { c: 1 } }, f() { return this.a.b.c; }, arr: [1, 2] };
console.log(o?.a?.b.c, o.x?.y.z, o.f?.(), o.g?.(), o.arr?.[1]);
let calls = 0;
const n = null;
n?.foo(calls++);
console.log(calls);
console.log(o.a.b?.['c'], delete o?.a.b, o.a);
const u = undefined;
console.log(u?.x ?? 'fallback');
