// Requests made to an async generator before earlier ones settle wait in its queue and
// settle in order; return() and throw() join the same queue.
const log = [];
const p = (x) => log.push(x);
async function* slow() {
  try {
    p('start');
    yield await new Promise((r) => setImmediate(() => r('one')));
    p('resumed');
    yield 'two';
    yield 'three';
  } finally {
    p('finally');
  }
}
const it = slow();
const all = [it.next('a'), it.next('b'), it.return('r'), it.next('c'), it.throw(new Error('t'))];
all.forEach((pr, i) => pr.then((v) => p(i + ' fulfilled ' + JSON.stringify(v)), (e) => p(i + ' rejected ' + e.message)));
p('requests made');
async function* idle() { yield 1; }
const fresh = idle();
fresh.return('early').then((v) => p('return before start ' + JSON.stringify(v)));
fresh.next().then((v) => p('next after return ' + JSON.stringify(v)));
const thrown = idle();
thrown.throw(new Error('before start')).catch((e) => p('throw before start: ' + e.message));
// after the generator's immediate and every microtask that follows it
setImmediate(() => setImmediate(() => console.log(log.join('\n'))));
