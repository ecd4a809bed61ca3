// A cache of WeakRefs with a FinalizationRegistry that deletes the entries of collected
// values: values that something else holds stay, the others go, and the Map shrinks.
const cache = new Map();
const registry = new FinalizationRegistry((key) => {
  const ref = cache.get(key);
  if (ref && ref.deref() === undefined) cache.delete(key);
});
function get(key) {
  const ref = cache.get(key);
  const hit = ref && ref.deref();
  if (hit) return hit;
  const value = { key, data: new Array(100).fill(key) };
  cache.set(key, new WeakRef(value));
  registry.register(value, key, value);
  return value;
}
const pinned = [];
(function fill() {
  for (let i = 0; i < 50; i++) {
    const v = get('k' + i);
    if (i % 10 === 0) pinned.push(v);
  }
})();
console.log('size after fill', cache.size);
console.log('same object on a hit', get('k0') === pinned[0]);
setTimeout(() => {
  global.gc();
  setTimeout(() => {
    console.log('size after gc', cache.size, [...cache.keys()].join(','));
    console.log('pinned alive', pinned.every((v, i) => cache.get('k' + i * 10).deref() === v));
    const again = get('k1');
    console.log('miss makes a new value', again.key, cache.size);
    // unregister with the value itself as token
    console.log('unregister by value', registry.unregister(pinned[1]), registry.unregister(pinned[1]));
    // many WeakRefs collected by allocation pressure alone (no gc() call)
    let refs = [];
    for (let i = 0; i < 2000; i++) refs.push(new WeakRef({ i, pad: 'x'.repeat(50) + i }));
    setTimeout(() => {
      for (let i = 0; i < 300000; i++) { const junk = { i }; }
      global.gc();
      setTimeout(() => {
        const live = refs.filter((r) => r.deref() !== undefined).length;
        console.log('refs cleared', live === 0);
      }, 1);
    }, 1);
  }, 1);
}, 1);
