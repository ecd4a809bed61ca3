// yields inside while, do-while, for, for-in and for-of, with break, continue and labels.
function* loops() {
  let i = 0;
  while (i < 3) yield 'while ' + i++;
  do { yield 'do ' + i; i--; } while (i > 1);
  for (let j = 0, k = 10; j < 2; j++, k--) yield 'for ' + j + ' ' + k;
  for (const key in { a: 1, b: 2, c: 3 }) {
    if (key === 'b') continue;
    yield 'in ' + key;
  }
  for (const [x, y] of [[1, 2], [3, 4]]) yield 'of ' + (x + y);
  outer: for (let a = 0; a < 3; a++) {
    for (let b = 0; b < 3; b++) {
      if (b > a) continue outer;
      if (a === 2) break outer;
      yield 'label ' + a + b;
    }
  }
  let n = 0;
  for (;;) {
    if (++n > 2) break;
    yield 'forever ' + n;
  }
  block: {
    yield 'in block';
    if (n) break block;
    yield 'not reached';
  }
  yield 'end';
}
for (const v of loops()) console.log(v);
function* deleting() {
  const o = { a: 1, b: 2, c: 3 };
  for (const k in o) {
    yield k;
    delete o.c;
  }
}
console.log([...deleting()]);
