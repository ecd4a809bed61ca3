// console.dir(obj, options) honours depth; strings are inspected (quoted), extra arguments ignored.
var deep = { a: { b: { c: { d: { e: 1 } } } } };
console.dir(deep);
console.dir(deep, { depth: 0 });
console.dir(deep, { depth: 1 });
console.dir(deep, { depth: null });
console.dir('a string');
console.dir(5, { colors: false });
console.dir([1, [2, [3, [4]]]], { depth: 1 });
console.dir({ x: 1 }, null);
