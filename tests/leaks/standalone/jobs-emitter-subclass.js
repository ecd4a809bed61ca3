// jobs-emitter-subclass.js — a job runner (an EventEmitter subclass) shared by an HTTP
// service; every request subscribes to the runner's 'progress' event to log its own job
// and never unsubscribes. Snapshots taken by the app after each round.
'use strict';

const http = require('http');
const { EventEmitter } = require('events');

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

class JobRunner extends EventEmitter {
  constructor() {
    super();
    this.setMaxListeners(0);
    this.done = 0;
  }
  run(job) {
    this.done++;
    this.emit('progress', job.id, 100);
    return this.done;
  }
}

const runner = new JobRunner();

const server = http.createServer((req, res) => {
  const job = { id: req.url.slice(5), owner: 'svc', steps: ['fetch', 'parse', 'store'] };
  runner.on('progress', (id, pct) => {
    if (id === job.id) job.pct = pct;
  });
  runner.run(job);
  res.end('ok ' + job.id);
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
  const { port } = server.address();
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < 40; i++) await get(port, `/job/${round}-${i}`);
    snap(`round ${round}`);
  }
  server.close();
}

main();
