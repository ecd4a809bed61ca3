// A let declared in a loop body is fresh each iteration, also for closures.
const out = [];
let k = 0;
while (k < 3) {
  const v = k * 10;
  out.push(() => v);
  k++;
}
console.log(out.map(f => f()));
for (let i = 0; i < 2; i++) {
  let u;
  if (i === 0) u = 'set';
  console.log(i, u);
}
