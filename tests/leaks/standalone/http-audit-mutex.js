// http-audit-mutex.js — each request writes an audit record in the background through
// an async function that waits on a hand-rolled mutex; a bug leaves the mutex locked
// after the first writer, so every later audit() stays suspended at its await, its
// promise pending and its record kept, queued in the mutex's waiters.
'use strict';

const http = require('http');
const leakscope = require('leakscope');

class Mutex {
  constructor() {
    this.locked = false;
    this.waiters = [];
  }
  lock() {
    if (!this.locked) {
      this.locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }
  unlock() {
    const next = this.waiters.shift();
    if (next) next();
    else this.locked = false;
  }
}

const auditLock = new Mutex();
const written = [];

async function audit(req) {
  const record = { method: req.method, url: req.url, agent: req.headers['user-agent'] || '', at: written.length };
  await auditLock.lock();
  written.push(record.url);           // the first writer never unlocks: the bug
}

const server = http.createServer((req, res) => {
  audit(req);
  res.end('ok');
});

function get(port, path) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      res.resume();
      res.on('end', resolve);
    }).on('error', reject);
  });
}

async function main() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < 50; i++) await get(port, '/api/items/' + round + '/' + i);
    leakscope.snapshot('round-' + round);
  }
  server.close();
}

main();
