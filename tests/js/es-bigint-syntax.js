// BigInt literals wherever syntax allows them: object literal keys (plain and computed),
// class method names and static fields, optional chaining, `**=`, default values,
// async functions and generators, a method call on a literal, separators in every base.
const o = { 1n: 'a', [2n]: 'b', x: 3n };
console.log(o, 1n.toString(), 1_0n, 0b1_0n, 0o7_7n, typeof 0xFFFF_FFFF_FFFF_FFFF_FFFFn, 0xFFFF_FFFF_FFFF_FFFF_FFFFn);
class A { 7n() { return 'seven'; } static big = 5n; field = -1n; }
console.log(new A()[7](), A.big, new A().field, o?.[1n], o?.x);
let m = 2n;
m **= 10n;
console.log(m, m ** 2n, (m ** 2n) ** 2n);
const { y = 7n, z = y * 2n } = {};
console.log(y, z);
async function f() { const x = await Promise.resolve(3n); return x * 2n; }
f().then((v) => console.log('async', v));
function* g() { yield 1n; yield 2n ** 3n; }
console.log([...g()], [1n, 2n].map((v) => v ** 2n));
