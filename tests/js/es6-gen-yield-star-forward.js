// yield* forwards next(v), throw(e) and return(v) to the inner iterator.
function* inner() {
  try {
    const a = yield 'first';
    console.log('inner got', a);
    const b = yield 'second';
    console.log('inner got', b);
  } catch (e) {
    console.log('inner caught', e);
    yield 'after catch';
  } finally {
    console.log('inner finally');
  }
  return 'done';
}
function* outer() {
  const r = yield* inner();
  console.log('outer got', r);
  yield 'outer end';
}
let it = outer();
console.log(it.next(), it.next('A'), it.next('B'), it.next());
it = outer();
console.log(it.next(), it.throw('E'), it.next(), it.next());
it = outer();
console.log(it.next(), it.return('R'), it.next());
// an iterator without throw(): the outer generator gets a TypeError, the inner one is closed
const plain = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 'p', done: false }; },
  return() { console.log('plain closed'); return {}; }
};
function* wrap() { try { yield* plain; } catch (e) { console.log(e.constructor.name, e.message); } }
it = wrap();
it.next();
console.log(it.throw(new Error('x')));
