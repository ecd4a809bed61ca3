// AbortSignal.any() holds its result only weakly from the source signals, as Node 20
// does: dependents nothing keeps are collected; one with an 'abort' listener of its own
// stays until the source aborts (and its listener runs); a kept one aborts with the
// source's reason; a dependent used only as a `signal` option stays collectable.
let collected = 0;
const registry = new FinalizationRegistry((what) => { collected++; });
const root = new AbortController();
(function () {
  for (let i = 0; i < 50; i++) registry.register(AbortSignal.any([root.signal]), 'plain');
  // as another target's `signal` option only: a weak listener
  for (let i = 0; i < 10; i++) {
    const s = AbortSignal.any([root.signal, AbortSignal.abort().constructor.any([root.signal])]);
    new EventTarget().addEventListener('x', () => {}, { signal: s });
    registry.register(s, 'option');
  }
})();
let fired = 0;
(function () {
  const s = AbortSignal.any([root.signal]);
  s.addEventListener('abort', () => { fired++; });
  const t = AbortSignal.any([s]);
  t.onabort = () => { fired += 10; };
})();
const keptDep = AbortSignal.any([root.signal]);
const chained = AbortSignal.any([keptDep]);
setTimeout(() => {
  global.gc();
  setTimeout(() => {
    console.log('dependents collected', collected);
    root.abort('why');
    console.log('kept dependent aborted', keptDep.aborted, keptDep.reason, chained.aborted, chained.reason);
    console.log('listeners on dropped dependents fired', fired);
  }, 10);
}, 1);
