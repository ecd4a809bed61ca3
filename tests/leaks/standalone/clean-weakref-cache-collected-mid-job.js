// clean-weakref-cache-collected-mid-job.js (clean) — clean-weakref-cache.js with a
// collection inside the second round's job, while that round's pages are still kept
// (KeepDuringJob): no other collection comes before the last snapshot, so unless a
// snapshot collects first (as V8's do) the pages only WeakRefs reach, and the Map's
// WeakRefs the registry has not yet been told to delete, grow in every snapshot (the
// gate failed on clean-weakref-cache 1 run in 150 that way).
'use strict';

global.collectInRound = 2;
require('./clean-weakref-cache.js');
