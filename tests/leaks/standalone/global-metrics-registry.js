// global-metrics-registry.js — a metrics helper keeps its counters on globalThis so
// that every copy of the module shares them, and labels each counter with the request
// path, which includes an id: one new counter per request. An HTTP service that takes
// its own snapshots.
'use strict';

const http = require('http');

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

globalThis.__appMetrics ??= { counters: {} };

function count(name) {
  const c = globalThis.__appMetrics.counters;
  c[name] = (c[name] || 0) + 1;
}

const server = http.createServer((req, res) => {
  count(`http_requests{path="${req.url}"}`);
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
  const { port } = server.address();
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < 60; i++) await get(port, `/orders/${round * 100 + i}`);
    snap('round ' + round);
  }
  server.close();
}

main();
