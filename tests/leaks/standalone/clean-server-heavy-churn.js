// clean-server-heavy-churn.js (clean) — a JSON API under steady load: every request
// parses a 4 KB body, builds a 200-item response and a per-request context with
// closures and listeners, then drops all of it; keep-alive clients, 4 in parallel.
// Lots of garbage per round, nothing kept. Snapshots taken by the app after each round.
'use strict';

const http = require('http');
const { EventEmitter } = require('events');
const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

let served = 0;

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    const input = JSON.parse(body);
    const ctx = new EventEmitter();
    ctx.on('done', () => { served++; });
    const items = [];
    for (let i = 0; i < 200; i++) items.push({ id: input.base + i, name: 'item-' + i, tags: input.tags });
    const out = JSON.stringify({ items, count: items.length });
    ctx.emit('done');
    res.setHeader('content-type', 'application/json');
    res.end(out);
  });
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

function post(port, payload) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/items', method: 'POST', agent }, (res) => {
      let n = 0;
      res.on('data', (d) => { n += d.length; });
      res.on('end', () => resolve(n));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function main() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const payload = JSON.stringify({ base: 1, tags: ['a', 'b'], pad: 'p'.repeat(4000) });
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < 10; i++) {
      const batch = [];
      for (let k = 0; k < 4; k++) batch.push(post(port, payload));
      await Promise.all(batch);
    }
    snap('round ' + round);
  }
  agent.destroy();
  server.close();
}

main();
