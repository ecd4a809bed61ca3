// clean-retry-backoff.js (clean) — a delivery queue retries a failed webhook with
// exponential backoff (2, 4, 8 ms) and gives up after 3 attempts, dropping the item
// (counted, not kept). A third of the webhooks always fail. The queue's arrays and the
// timers come and go; nothing stays. Snapshots taken by the app between batches.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

class RetryQueue {
  constructor(send, maxAttempts) {
    this.send = send;
    this.maxAttempts = maxAttempts;
    this.inFlight = new Set();
    this.dropped = 0;
    this.delivered = 0;
  }
  push(item) {
    const job = { item, attempts: 0 };
    this.inFlight.add(job);
    this.attempt(job);
  }
  attempt(job) {
    job.attempts++;
    if (this.send(job.item)) {
      this.delivered++;
      this.inFlight.delete(job);
    } else if (job.attempts >= this.maxAttempts) {
      this.dropped++;
      this.inFlight.delete(job);
    } else {
      setTimeout(() => this.attempt(job), 2 ** job.attempts);
    }
  }
  idle() {
    return new Promise((resolve) => {
      const poll = () => (this.inFlight.size ? setTimeout(poll, 5) : resolve());
      poll();
    });
  }
}

const webhooks = new RetryQueue((item) => item.seq % 3 !== 0, 3);

async function main() {
  let seq = 0;
  for (let batch = 0; batch < 5; batch++) {
    for (let i = 0; i < 60; i++) webhooks.push({ seq: seq++, url: 'http://127.0.0.1/hook', body: 'x'.repeat(64) });
    await webhooks.idle();
    snap('batch ' + batch);
  }
}

main();
