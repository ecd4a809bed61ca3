// Default parameters apply for undefined (not null), may use earlier ones, and keep length.
function f(a, b = 2, c = a + b) { return [a, b, c]; }
console.log(f(1), f(1, undefined, 5), f(1, null));
console.log(f.length);
const g = (x = 'dflt') => x;
console.log(g(), g(0));
