// pipe-into-shared-sink.js — every request's log stream is piped into one long-lived
// Writable (the log sink) and never ended nor destroyed: each pipe() leaves its
// listeners on the sink. Snapshots taken by the app.
'use strict';

const { PassThrough, Writable } = require('stream');

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

let written = 0;
const logSink = new Writable({
  write(chunk, enc, cb) {
    written += chunk.length;
    cb();
  },
});
logSink.setMaxListeners(0);

function handleRequest(id) {
  const requestLog = new PassThrough();
  requestLog.pipe(logSink);
  requestLog.write(`request ${id} started\n`);
}

async function main() {
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < 30; i++) handleRequest(`${round}.${i}`);
    await new Promise((r) => setImmediate(r));
    snap('round ' + round);
  }
  console.log('written', written > 0);
}

main();
