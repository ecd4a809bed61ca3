// Graphs of known shape for heap-shapes.sh: each object to find carries a `tag...`
// property holding an empty object (primitives are not nodes, objects are).
var ls = require('leakscope');

function makeHolder() {
  var secretValue = { tagSecret: {} };
  return function holder() { return secretValue; };
}
global.keepHolder = makeHolder();
global.namedGlobal = { tagNamed: {} };

var cache = new Map();
cache.set('user:42', { tagMapValue: {} });
var keyObj = { tagMapKey: {} };
cache.set(keyObj, { tagObjectKeyValue: {} });
cache.set(7, { tagNumberKeyValue: {} });
global.cache = cache;

var set = new Set();
set.add({ tagSetMember: {} });
global.set = set;

var wm = new WeakMap();
global.wm = wm;
global.wkey = { tagWeakKey: {} };
wm.set(global.wkey, { tagWeakValue: {} });

global.buf = Buffer.alloc(3000);

ls.gc();	// what the snapshot does not reach is garbage: collect it first
var id = ls.snapshot('shapes');
console.log(id);
