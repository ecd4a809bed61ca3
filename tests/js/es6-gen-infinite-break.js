// Infinite generators stopped early: break, return and destructuring call return(),
// which runs the generator's finally block.
function* naturals(tag) {
  let n = 0;
  try {
    while (true) yield n++;
  } finally {
    console.log(tag, 'closed at', n);
  }
}
for (const x of naturals('break')) {
  if (x > 3) break;
  console.log('got', x);
}
function firstOver(limit) {
  for (const x of naturals('return')) {
    if (x * x > limit) return x;
  }
}
console.log('firstOver', firstOver(50));
const [p, q] = naturals('destructure');
console.log(p, q);
outer: for (const i of [1, 2]) {
  for (const x of naturals('labeled ' + i)) {
    if (x === 2) continue outer;
  }
}
function* take(it, n) { let i = 0; for (const x of it) { if (i++ >= n) return; yield x; } }
console.log([...take(naturals('take'), 3)]);
