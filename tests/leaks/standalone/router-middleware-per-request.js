// router-middleware-per-request.js — a small Express-style app (use(), get(), a
// middleware stack walked with next()); the /orders handler "installs" a per-user
// header middleware with app.use() on every request instead of once at start-up, so
// the app's middleware stack grows by one closure a request. HTTP on 127.0.0.1, the
// client in the same process; the app snapshots itself after each round.
'use strict';

const http = require('http');
const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

class MiniApp {
  constructor() {
    this.stack = [];
    this.routes = new Map();
  }
  use(fn) { this.stack.push(fn); }
  get(path, fn) { this.routes.set('GET ' + path, fn); }
  handle(req, res) {
    let i = 0;
    const next = () => {
      const mw = this.stack[i++];
      if (mw) return mw(req, res, next);
      const route = this.routes.get(req.method + ' ' + req.url.split('?')[0]);
      if (route) return route(req, res);
      res.statusCode = 404;
      res.end();
    };
    next();
  }
}

const app = new MiniApp();
app.use(function requestId(req, res, next) {
  res.setHeader('x-request-id', String(Date.now()));
  next();
});
app.get('/orders', (req, res) => {
  const user = { name: new URL(req.url, 'http://x').searchParams.get('user'), tier: 'gold' };
  app.use(function tagUser(req2, res2, next) {
    if (req2.url.includes(user.name)) res2.setHeader('x-tier', user.tier);
    next();
  });
  res.end(JSON.stringify({ orders: [1, 2, 3], user: user.name }));
});

const server = http.createServer((req, res) => app.handle(req, res));

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
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < 40; i++) await get(port, `/orders?user=u${round}-${i}`);
    snap('round ' + round);
  }
  server.close();
}

main();
