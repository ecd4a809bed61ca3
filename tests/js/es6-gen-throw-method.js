// generator.throw(e): caught inside (the generator goes on), uncaught (it ends and the
// caller gets the error), before the start, after the end.
function* resilient() {
  let n = 0;
  while (true) {
    try {
      yield n++;
    } catch (e) {
      console.log('caught', e);
      if (e === 'stop') return 'stopped';
    }
  }
}
let it = resilient();
console.log(it.next(), it.throw('x'), it.throw('y'), it.throw('stop'), it.next());
function* fragile() { yield 1; yield 2; }
it = fragile();
it.next();
try { it.throw(new Error('boom')); } catch (e) { console.log('caller got', e.message); }
console.log(it.next());
it = fragile();
try { it.throw(new RangeError('early')); } catch (e) { console.log('before start:', e.name); }
console.log(it.next());
function* withFinally() {
  try { yield 1; } finally { console.log('finally on throw'); }
}
it = withFinally();
it.next();
try { it.throw('t'); } catch (e) { console.log('rethrown', e); }
function* rethrow() {
  try { yield 1; } catch (e) { throw new Error('wrapped: ' + e); }
}
it = rethrow();
it.next();
try { it.throw('inner'); } catch (e) { console.log(e.message); }
