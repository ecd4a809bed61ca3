// ||=, &&= and ??= assign only when needed.
let a = 0, b = 1, c = null;
a ||= 5;
b &&= 7;
c ??= 9;
console.log(a, b, c);
const o = { x: 1 };
let evals = 0;
function key() { evals++; return 'y'; }
o[key()] ??= 'set';
o[key()] ??= 'again';
o.x ||= 'never';
console.log(o, evals);
