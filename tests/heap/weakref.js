// WeakRef and FinalizationRegistry for heap-weakref.sh: a WeakRef's target is a weak
// edge (not what retains it), a collected target leaves no edge, a registry holds its
// callback and held values strongly and its targets and tokens weakly.
var ls = require('leakscope');
global.weakTarget = { tag: 'strong elsewhere' };
global.ref = new WeakRef(global.weakTarget);
global.lonely = new WeakRef({ onlyWeaklyHeld: [1, 2] });
global.token = { tag: 'token' };
global.registry = new FinalizationRegistry(function onCollected(held) {});
global.registry.register(global.weakTarget, { heldMarker: [3, 4] }, global.token);
// the next task: the end of this job lets the WeakRefs' targets go
setTimeout(function () {
  ls.gc();
  console.log(ls.snapshot('weak'));
  console.log(global.ref.deref() === global.weakTarget, global.lonely.deref());
}, 1);
