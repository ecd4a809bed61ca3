// Spread in array literals copies; strings spread by code point.
const a = [1, 2];
const b = [0, ...a, 3, ...a];
console.log(b);
const c = [...a];
c.push(9);
console.log(a, c);
console.log([...'héllo']);
console.log([...new Set([1, 1, 2])]);
