// Destructuring in parameters, with defaults, also in arrows.
function f({ a, b = 2 }, [c, d] = [3, 4]) { return [a, b, c, d]; }
console.log(f({ a: 1 }), f({ a: 1, b: 5 }, [6, 7]));
const g = ({ name }) => 'hi ' + name;
console.log(g({ name: 'x' }));
console.log([[1, 2], [3, 4]].map(([l, r]) => l + r));
