// awaits inside loops run one after another; break, continue, labels and switch.
const delay = (v) => new Promise((r) => setImmediate(() => r(v)));
async function main() {
  const order = [];
  for (let i = 0; i < 3; i++) order.push(await delay('for ' + i));
  let n = 0;
  while (await delay(n < 2)) order.push('while ' + n++);
  do { order.push(await delay('do ' + n)); } while (--n > 0);
  for (const x of ['a', 'b', 'c']) {
    if (x === 'b') continue;
    order.push(await delay('of ' + x));
  }
  for (const k in { p: 1, q: 2 }) order.push(await delay('in ' + k));
  outer: for (const a of [1, 2]) {
    for (const b of [1, 2, 3]) {
      if (b === 3) continue outer;
      if (a === 2 && b === 2) break outer;
      order.push(await delay(a * 10 + b));
    }
  }
  switch (await delay('k2')) {
    case 'k1': order.push('k1'); break;
    case await delay('k2'): order.push('k2'); // fall through
    case 'k3': order.push('k3'); break;
  }
  console.log(order);
}
main();
