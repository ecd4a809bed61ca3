// closure-retry-queue.js — a retry callback per failed job, each closing over the job's
// payload, queued and never run.
'use strict';

const retries = [];

function fail(n) {
  const payload = { job: n, data: [n, n * 2, n * 3, n * 4] };
  retries.push(function retryJob() { return payload.job; });
}

let n = 0;
module.exports = {
  action() { for (let i = 0; i < 80; i++) fail(n++); },
  teardown() { retries.length = 0; }
};
