// symbol-audit-http.js — an HTTP app object keeps its internals under Symbol keys (as
// libraries do to hide them). An audit middleware appends a record per request to
// app[kAuditLog], meant to be flushed to disk by a job that was never written. Server
// and client in one process on 127.0.0.1; snapshots taken by the client between bursts.
'use strict';

const http = require('http');
const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const kAuditLog = Symbol('auditLog');
const kRoutes = Symbol('routes');

class App {
  constructor() {
    this[kRoutes] = new Map();
    this[kAuditLog] = [];
  }
  get(path, fn) {
    this[kRoutes].set(path, fn);
  }
  handle(req, res) {
    this[kAuditLog].push({ method: req.method, url: req.url, ua: req.headers['user-agent'], at: this[kAuditLog].length });
    const route = this[kRoutes].get(req.url.split('?')[0]);
    if (!route) {
      res.statusCode = 404;
      return res.end();
    }
    route(req, res);
  }
}

const app = new App();
app.get('/health', (req, res) => res.end('ok'));
app.get('/items', (req, res) => res.end(JSON.stringify([1, 2, 3])));

const server = http.createServer((req, res) => app.handle(req, res));

function get(port, path) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, headers: { 'user-agent': 'probe/1.0' } }, (res) => {
      res.resume();
      res.on('end', resolve);
    }).on('error', reject);
  });
}

async function main() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  for (let burst = 0; burst < 5; burst++) {
    for (let i = 0; i < 40; i++) await get(port, i % 2 ? `/items?page=${burst}-${i}` : '/health');
    snap('burst ' + burst);
  }
  server.close();
}

main();
