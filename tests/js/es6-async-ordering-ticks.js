// Where each await resumes relative to process.nextTick, queueMicrotask and promise
// reactions: one microtask for an awaited value or native promise, as in V8.
const log = [];
const p = (x) => log.push(x);
async function a1() { p('a1 start'); await undefined; p('a1 after 1st await'); await null; p('a1 after 2nd await'); }
async function a2() { p('a2 start'); await Promise.resolve(); p('a2 after resolved promise'); }
async function a3() { p('a3 start'); await new Promise((r) => setTimeout(r, 1)); p('a3 after timer promise'); }
a1();
a2();
a3();
process.nextTick(() => p('nextTick 1'));
queueMicrotask(() => p('microtask 1'));
Promise.resolve().then(() => p('then 1')).then(() => p('then 2')).then(() => p('then 3'));
process.nextTick(() => {
  p('nextTick 2');
  queueMicrotask(() => p('microtask from tick'));
});
p('sync end');
setTimeout(() => console.log(log.join('\n')), 20);
