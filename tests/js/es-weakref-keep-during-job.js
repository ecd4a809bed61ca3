// A WeakRef's target is kept until the end of the job that made the WeakRef or deref()'d
// it (V8's KeepDuringJob): gc() in the same synchronous turn (or a nextTick/microtask of
// it) leaves it; a later macrotask's gc() collects it.
let r = new WeakRef({ a: 1 });
global.gc();
console.log('sync', r.deref());
Promise.resolve().then(() => { global.gc(); console.log('micro', r.deref()); });
process.nextTick(() => { global.gc(); console.log('tick', r.deref()); });
(async () => { await null; global.gc(); console.log('await', r.deref()); })();

const held = { strong: true };
const r2 = new WeakRef(held);
let r3 = null;
// The main script's setTimeout(1) and setImmediate race (Node's docs: their order is
// "bound by the performance of the process"), so the immediate keeps what it saw and the
// second timeout prints it: the loop's first check phase, where the immediate runs, comes
// before the timers phase that can run the second timeout.
let immediate = 'not run';
setTimeout(() => {
  global.gc();
  console.log('timeout', r.deref());
  console.log('strongly held', r2.deref() === held);
  // made in this task: kept through its own job, gone in the next one
  r3 = new WeakRef({ b: 2 });
  global.gc();
  console.log('made in this task', r3.deref());
  setTimeout(() => {
    global.gc();
    console.log('next task', r3.deref());
    console.log('immediate', immediate);
    // deref() in a task keeps the target during that task only
    let r4;
    (function () { const o = { c: 3 }; r4 = new WeakRef(o); })();
    setImmediate(() => {
      global.gc();
      console.log('r4 gone', r4.deref());
    });
  }, 1);
}, 1);
setImmediate(() => { global.gc(); immediate = r.deref(); });
