// structuredClone: deep copies of plain data with cycles and shared references kept;
// Date, RegExp, Map, Set, boxed primitives, Uint8Array/Buffer (as Uint8Array), ArrayBuffer,
// errors (standard name, message, stack); class instances become plain objects; getters
// are read; functions throw a DataCloneError.
var a = { n: 1, s: 'x', d: new Date(0), r: /ab+c/gi, arr: [1, , 3], m: new Map([[1, { k: 2 }]]),
  st: new Set(['a']), u: undefined, nul: null, neg0: -0 };
a.self = a;
a.arr.push(a.m);
var c = structuredClone(a);
console.log(c !== a, c.self === c, c.arr[3] === c.m, c.m !== a.m, c.d instanceof Date, c.d.getTime());
console.log(c.r.source, c.r.global, c.r.ignoreCase, c.r !== a.r, 1 in c.arr, c.arr.length, 1 / c.neg0);
console.log(c);
var b = structuredClone(Buffer.from('hi'));
console.log(b, b.constructor.name, Buffer.isBuffer(b));
var u = new Uint8Array([1, 2, 3]);
var uc = structuredClone(u);
uc[0] = 9;
console.log(u[0], uc[0]);
console.log(structuredClone(new ArrayBuffer(4)).byteLength);
var e = new TypeError('bad');
e.code = 'X';
var ec = structuredClone(e);
console.log(ec instanceof TypeError, ec.name, ec.message, ec.code, Object.keys(ec).length, ec.stack === e.stack);
var cu = new Error('custom');
cu.name = 'MyErr';
console.log(structuredClone(cu).name);
function Foo() { this.a = 1; }
Foo.prototype.b = 2;
var fc = structuredClone(new Foo());
console.log(fc, fc.constructor === Object);
console.log(structuredClone({ get x() { return 5; } }));
console.log(structuredClone(5), structuredClone('s'), structuredClone(null), structuredClone(undefined),
  structuredClone(true), structuredClone(new Number(3)), structuredClone(new String('q')));
try { structuredClone(function () {}); } catch (er) { console.log(er.name, er.code, er instanceof DOMException); }
try { structuredClone({ f: Math.max }); } catch (er) { console.log(er.name); }
try { structuredClone(); } catch (er) { console.log(er.name, er.code, er.message); }
var o = {};
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
o[2] = 'two'; o.z = 1; o[1] = 'one';
console.log(structuredClone(o));
var shared = { v: 1 };
var sc = structuredClone([shared, shared]);
console.log(sc[0] === sc[1], sc[0] !== shared);
