// clean-weakref-cache.js (clean) — a render cache that holds its pages through WeakRefs:
// a page stays cached while some open session still shows it, and a
// FinalizationRegistry deletes the cache entry once the page has been collected. Every
// round renders pages for new product ids (the keys never repeat), and only the last
// few sessions keep theirs, so the cache's Map and the WeakRefs come and go with the
// pages. Not a leak: the heap snapshots must not show the pages (only weakly held) nor
// the Map as growing. Snapshots taken by the app, a turn after each round.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};
// clean-weakref-cache-collected-mid-job.js runs this with a collection in round 2's job
const collectIn = global.collectInRound || 0;
const collect = process.versions.leakscope ? require('leakscope').gc : (global.gc || (() => {}));

const pages = new Map();	// product id -> WeakRef(page)
const evict = new FinalizationRegistry((id) => {
  const ref = pages.get(id);
  if (ref !== undefined && ref.deref() === undefined) pages.delete(id);
});

function render(id) {
  const ref = pages.get(id);
  const hit = ref !== undefined ? ref.deref() : undefined;
  if (hit !== undefined) return hit;
  const page = { id, html: `<h1>product ${id}</h1>` + '<li>spec</li>'.repeat(20), related: [id + 1, id + 2, id + 3] };
  pages.set(id, new WeakRef(page));
  evict.register(page, id);
  return page;
}

const sessions = [];	// the open sessions: the last 20 keep a page each
let shown = 0;

function round(r) {
  for (let i = 0; i < 400; i++) {
    const page = render(r * 400 + i);
    shown += render(r * 400 + i) === page ? 1 : 0;	// a hit
    sessions.push({ user: 'u' + i, page });
    if (sessions.length > 20) sessions.shift();
  }
}

let r = 0;
function next() {
  if (r === 8) {
    console.log('shown', shown, 'cached at most', pages.size <= 8 * 400);
    return;
  }
  round(r++);
  if (r === collectIn) collect();
  // a turn for the collector's cleanup tasks, then the snapshot
  setTimeout(() => setImmediate(() => { snap('round ' + r); next(); }), 5);
}
next();
