// yields inside try, catch and finally blocks; nested tries; exceptions thrown between
// yields reach the right handler.
function* g(fail) {
  const log = [];
  try {
    log.push('try');
    yield 'in try';
    if (fail === 1) throw new Error('one');
    try {
      yield 'inner try';
      if (fail === 2) throw new Error('two');
    } catch (e) {
      log.push('inner catch ' + e.message);
      yield 'in inner catch';
      if (fail === 2) throw new Error('three');
    } finally {
      log.push('inner finally');
      yield 'in inner finally';
    }
  } catch (e) {
    log.push('outer catch ' + e.message);
    yield 'in outer catch';
  } finally {
    log.push('outer finally');
    yield 'in outer finally';
  }
  return log.join(', ');
}
for (const fail of [0, 1, 2]) {
  console.log(fail, [...g(fail)]);
  const it = g(fail);
  let r;
  while (!(r = it.next()).done);
  console.log(r.value);
}
function* noCatch() {
  try {
    yield 1;
    JSON.parse('{bad');
  } finally {
    console.log('finally before the error leaves');
  }
}
try { [...noCatch()]; } catch (e) { console.log(e.name); }
function* loopTry() {
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) continue;
      yield i;
    } finally {
      yield 'f' + i;
    }
  }
}
console.log([...loopTry()]);
