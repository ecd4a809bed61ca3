// retry-keeps-failed.js — the same kind of webhook queue with exponential backoff, but
// a webhook that failed 3 times is moved to this.failed "for a later manual replay"
// that nothing ever does: the dead-letter array grows with every permanently failing
// webhook. Snapshots taken by the app between batches.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

class WebhookQueue {
  constructor(send) {
    this.send = send;
    this.inFlight = new Set();
    this.failed = [];
  }
  push(item) {
    const job = { item, attempts: 0, errors: [] };
    this.inFlight.add(job);
    this.attempt(job);
  }
  attempt(job) {
    job.attempts++;
    const err = this.send(job.item);
    if (!err) {
      this.inFlight.delete(job);
      return;
    }
    job.errors.push(err);
    if (job.attempts < 3) {
      setTimeout(() => this.attempt(job), 2 ** job.attempts);
      return;
    }
    this.inFlight.delete(job);
    this.failed.push({ item: job.item, errors: job.errors, failedAt: Date.now() });
  }
  idle() {
    return new Promise((resolve) => {
      const poll = () => (this.inFlight.size ? setTimeout(poll, 5) : resolve());
      poll();
    });
  }
}

const outbound = new WebhookQueue((item) => (item.seq % 3 === 0 ? 'ECONNREFUSED ' + item.url : null));

async function main() {
  let seq = 0;
  for (let batch = 0; batch < 5; batch++) {
    for (let i = 0; i < 60; i++) outbound.push({ seq: seq++, url: 'http://127.0.0.1:9/hook', body: 'x'.repeat(64) });
    await outbound.idle();
    snap('batch ' + batch);
  }
}

main();
