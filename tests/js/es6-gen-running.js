// A generator cannot be resumed from inside itself; calling next/throw/return on the
// wrong object is a TypeError.
let it;
function* selfResume() {
  try {
    it.next();
  } catch (e) {
    yield e.constructor.name + ': ' + e.message;
  }
}
it = selfResume();
console.log(it.next().value);
function* g() { yield 1; }
const next = g().next;
try { next.call({}); } catch (e) { console.log(e instanceof TypeError); }
try { next.call(undefined); } catch (e) { console.log(e instanceof TypeError); }
function* thrower() { throw new Error('in body'); }
const t = thrower();
try { t.next(); } catch (e) { console.log('first next threw', e.message); }
console.log(t.next());
