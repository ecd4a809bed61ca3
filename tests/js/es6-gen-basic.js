// Generator objects: next() results, values sent in, return values, done state.
function* counter(start) {
  const first = yield start;
  console.log('received', first);
  const second = yield start + 1;
  console.log('received', second);
  return start + 100;
}
const it = counter(5);
console.log(typeof it.next, typeof it[Symbol.iterator]);
console.log(it[Symbol.iterator]() === it);
console.log(it.next('ignored'));
console.log(it.next('a'));
console.log(it.next('b'));
console.log(it.next('c'));
console.log(it.next());
function* empty() {}
console.log(empty().next());
function* noReturn() { yield 1; }
const n = noReturn();
console.log(n.next(), n.next(), n.next());
// the body does not run until the first next()
function* lazy() { console.log('body runs'); yield 'x'; }
const l = lazy();
console.log('created');
console.log(l.next().value);
