// Shorthand properties and methods in object literals.
const a = 1, b = 'two';
const o = { a, b, m() { return this.a + 1; }, get g() { return 'getter'; } };
console.log(o.a, o.b, o.m(), o.g);
console.log(Object.keys(o).join(','));
console.log(o.m.name);
