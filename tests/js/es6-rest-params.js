// Rest parameters collect the remaining arguments into a real array.
function f(first, ...rest) { return [first, rest, Array.isArray(rest), rest.length]; }
console.log(JSON.stringify(f(1, 2, 3)), JSON.stringify(f()));
console.log(f.length);
const g = (...all) => all.reverse();
console.log(g(1, 2, 3));
