// FinalizationRegistry: cleanup callbacks get the held value after the target was
// collected, in a task of their own after the collection (never inside gc()), newest
// registration first; unregister() by token, also once the target is dead but the
// callback has not run; a throwing callback is an uncaught exception.
const log = [];
const f1 = new FinalizationRegistry((h) => {
  console.log('f1 cleanup', h, 'this', this === undefined ? 'undefined' : typeof this);
  process.nextTick(() => console.log('tick after', h));
  Promise.resolve().then(() => console.log('microtask after', h));
});
const f2 = new FinalizationRegistry(function (h) { console.log('f2 cleanup', h, typeof this); });
const tok = {};
const alive = { alive: 1 };
(function () {
  f1.register({}, 'x1');
  f2.register({}, 'y1');
  f1.register({}, 'x2', tok);
  f2.register({}, { held: 'object' });
  f1.register(alive, 'never');
  f1.register({}, 'x3', alive);
})();
global.gc();
console.log('after gc, before any cleanup');
console.log('unregister dead x2 before its cleanup', f1.unregister(tok));
console.log('unregister again', f1.unregister(tok));
process.nextTick(() => console.log('tick of the main job'));
Promise.resolve().then(() => console.log('microtask of the main job'));
setImmediate(() => {
  console.log('immediate');
  console.log('unregister x3 after its cleanup', f1.unregister(alive));
  round2();
});

function round2() {
  const t2 = {};
  (function () { f2.register({}, 'z', t2); f2.register({}, 'kept'); })();
  global.gc();
  console.log('round 2 unregister', f2.unregister(t2));
  setImmediate(() => {
    console.log('round 2 done');
    round3();
  });
}

function round3() {
  const f3 = new FinalizationRegistry((h) => {
    console.log('f3 cleanup', h);
    if (h === 'throws') throw new Error('boom in cleanup');
  });
  process.once('uncaughtException', (e) => console.log('uncaughtException', e.message));
  (function () { f3.register({}, 'last'); f3.register({}, 'throws'); })();
  global.gc();
  setImmediate(() => {
    console.log('round 3 immediate');
    round4(f3);
  });
}

// a registry that is itself garbage calls nothing
function round4(f3) {
  (function () {
    const lost = new FinalizationRegistry(() => console.log('never called'));
    lost.register({}, 'gone');
  })();
  global.gc();
  setImmediate(() => {
    global.gc();
    setImmediate(() => console.log('done', f3.unregister(alive), f1.unregister(alive)));
  });
}
