// clean-ring-logger.js (clean) — an in-memory logger keeps the last 200 entries in a
// fixed-size circular buffer (an array written at head % size) for a /debug page; the
// app logs thousands of lines, so the buffer fills during warm-up and then only
// overwrites. Looks like a log array that is pushed to forever. Snapshots by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

class RingLogger {
  constructor(size) {
    this.size = size;
    this.entries = new Array(size);
    this.head = 0;
    this.count = 0;
  }
  log(level, msg, meta) {
    this.entries[this.head] = { at: Date.now(), level, msg, meta };
    this.head = (this.head + 1) % this.size;
    if (this.count < this.size) this.count++;
  }
  recent() {
    const out = [];
    for (let i = 0; i < this.count; i++) out.push(this.entries[(this.head - this.count + i + this.size) % this.size]);
    return out;
  }
}

const debugLog = new RingLogger(200);

function handle(n) {
  debugLog.log(n % 7 ? 'info' : 'warn', 'handled request ' + n, { path: '/items/' + n, ms: n % 13 });
}

let n = 0;
for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 400; i++) handle(n++);
  if (debugLog.recent().length !== 200) throw new Error('ring not full');
  snap('round ' + round);
}
