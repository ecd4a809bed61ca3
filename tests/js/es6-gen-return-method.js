// generator.return(v): before the start, at a yield (finally blocks run, and may yield
// again), after the end.
function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('cleanup');
  }
}
let it = g();
console.log(it.return('before start'), it.next());
it = g();
console.log(it.next(), it.return('at yield'), it.next());
it = g();
it.next(); it.next(); it.next();
console.log(it.return('after end'));
function* stubborn() {
  try {
    yield 'a';
  } finally {
    yield 'from finally';
    console.log('finally done');
  }
  yield 'never';
}
it = stubborn();
console.log(it.next(), it.return('R'), it.next(), it.next());
function* overriding() {
  try { yield 1; } finally { return 'finally wins'; }
}
it = overriding();
it.next();
console.log(it.return('ignored'));
function* nested() {
  try {
    try { yield 'inner'; } finally { console.log('inner finally'); }
  } finally {
    console.log('outer finally');
  }
}
it = nested();
it.next();
console.log(it.return(7));
