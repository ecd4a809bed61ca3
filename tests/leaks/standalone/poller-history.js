// poller-history.js — a setInterval poller class that checks a queue depth every 5 ms
// and keeps every sample in this.history (meant to be a rolling window; the trim was
// never written). Snapshotted by the runtime, --snapshot-interval=300.
'use strict';

class DepthPoller {
  constructor(source, ms) {
    this.source = source;
    this.history = [];
    this.timer = setInterval(() => this.poll(), ms);
  }
  poll() {
    const depth = this.source();
    this.history.push({ at: this.history.length, depth, note: 'queue-depth' });
  }
  stop() {
    clearInterval(this.timer);
  }
}

let depth = 0;
const queuePoller = new DepthPoller(() => (depth = (depth + 3) % 17), 2);
setTimeout(() => queuePoller.stop(), Number(process.argv[2] || 3000));
