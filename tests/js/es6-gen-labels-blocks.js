// let/const in blocks inside generators keep their block scope across yields; labels
// on blocks and nested loops.
function* scopes() {
  const x = 'outer';
  {
    const x = 'block';
    yield x;
    let y = 1;
    {
      let y = 2;
      yield y;
    }
    yield y;
  }
  yield x;
  let z;
  for (let i = 0; i < 2; i++) {
    let z = i * 10;
    yield z;
  }
  yield z;
  a: b: for (const v of [1, 2, 3]) {
    for (const w of [1, 2]) {
      if (v === 2) continue a;
      if (v === 3) break b;
      yield v + '' + w;
    }
  }
}
console.log([...scopes()]);
function* tdz() {
  try {
    yield later;
  } catch (e) {
    yield e.constructor.name;
  }
  const later = 'set';
  yield later;
}
console.log([...tdz()]);
