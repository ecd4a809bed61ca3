// yields inside switch cases: fallthrough, default in the middle, break inside.
function* sw(v) {
  switch (v) {
    case 1:
      yield 'one';
    case 2:
      yield 'two (or from one)';
      break;
    default:
      yield 'default';
    case 3:
      yield 'three (or from default)';
      break;
    case 4: {
      const x = yield 'four';
      yield 'four got ' + x;
    }
  }
  yield 'after ' + v;
}
for (const v of [1, 2, 3, 4, 9]) console.log(v, [...sw(v)]);
function* tests() {
  let calls = 0;
  const f = (x) => { calls++; return x; };
  switch (yield 'disc') {
    case f('a'): yield 'matched a'; break;
    case f('b'): yield 'matched b'; break;
  }
  yield 'calls ' + calls;
}
const it = tests();
console.log(it.next().value, it.next('b').value, it.next().value);
