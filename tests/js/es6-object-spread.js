// Object spread copies own enumerable properties; later properties win.
const base = { a: 1, b: 2 };
const o = { ...base, b: 3, c: 4 };
console.log(o);
console.log({ ...null, ...undefined, x: 1 });
console.log({ ...'hi' });
const { a, ...rest } = o;
console.log(a, rest);
