// Trailing commas in parameter lists and calls.
function f(a, b,) { return a + b; }
console.log(f(1, 2,), [1, 2,].length, { a: 1, }.a);
