// once-event-never-fires.js — a job runner: every job registers a once('drained')
// handler on the shared queue bus to release its lease when the queue drains; the
// queue never drains (new jobs keep arriving), so 'drained' is never emitted and the
// once() wrappers pile up on the bus. The app snapshots itself after each batch.
'use strict';

const { EventEmitter } = require('events');
const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const queueBus = new EventEmitter();
queueBus.setMaxListeners(0);
let processed = 0;

function runJob(id) {
  const lease = { jobId: id, owner: 'worker-' + (id % 4), acquiredAt: Date.now() };
  queueBus.once('drained', function releaseLease() {
    lease.released = true;
  });
  processed++;
  queueBus.emit('progress', processed);
  return lease.owner;
}

async function main() {
  for (let batch = 0; batch < 5; batch++) {
    for (let i = 0; i < 60; i++) runJob(batch * 60 + i);
    await new Promise((resolve) => setImmediate(resolve));
    snap('batch ' + batch);
  }
}

main();
