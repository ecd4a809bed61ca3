// bound-flushers.js — a write batcher queues a bound method per item (flushOne bound to
// the batcher and the item) and runs them on flush(), but flush() only remembers how far
// it got and never empties the array, so every item and its bound function stays. A log shipper
// flushes once a round; snapshots taken by the app after each flush.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

class WriteBatcher {
  constructor(sink) {
    this.sink = sink;
    this.pending = [];
    this.flushedCount = 0;
    this.flushedUpTo = 0;
  }
  add(entry) {
    this.pending.push(this.flushOne.bind(this, entry));
  }
  flushOne(entry) {
    this.sink.bytes += entry.line.length;
    this.flushedCount++;
  }
  flush() {
    // remembers how far it got instead of emptying the array
    for (let i = this.flushedUpTo; i < this.pending.length; i++) this.pending[i]();
    this.flushedUpTo = this.pending.length;
  }
}

const shipper = new WriteBatcher({ bytes: 0 });

for (let round = 0; round < 6; round++) {
  for (let i = 0; i < 80; i++) {
    shipper.add({ level: i % 5 ? 'info' : 'warn', line: `[${round}:${i}] request served in ${i % 40} ms` });
  }
  shipper.flush();
  snap('round ' + round);
}
console.log(shipper.sink.bytes, shipper.flushedCount);
