// Numeric timer ids: +timeout and `${timeout}` give a number that clearTimeout and
// clearInterval accept (also as a string); ids of finished or cleared timers clear
// nothing.
const t = setTimeout(() => console.log('never: cleared by id'), 5);
const id = +t;
console.log(typeof id, Number.isInteger(id), id > 0, +t === id, `${t}` === String(id), typeof t[Symbol.toPrimitive]);
clearTimeout(id);
const t2 = setTimeout(() => console.log('never: cleared by string id'), 5);
clearTimeout(String(+t2));
let n = 0;
const iv = setInterval(() => { n++; console.log('tick', n); if (n === 3) clearInterval(+iv); }, 1);
const t3 = setTimeout(() => {
  console.log('t3 ran');
  const old = +t3;
  const t4 = setTimeout(() => console.log('t4 still runs'), 5);
  clearTimeout(old);
  clearTimeout(999999);
  clearTimeout('nope');
  console.log(t4.hasRef());
}, 200);	// well after the interval's three ticks, even on a loaded machine
console.log(t3.hasRef(), typeof +t3);
