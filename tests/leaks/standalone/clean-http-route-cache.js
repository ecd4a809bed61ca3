// clean-http-route-cache.js (clean) — compiled route handlers memoised per route
// pattern: the first requests fill the cache, and since there are only six routes it
// plateaus; every later request hits it.
'use strict';

const http = require('http');
const leakscope = require('leakscope');

const compiledRoutes = new Map();

function compile(pattern) {
  const parts = pattern.split('/');
  return { pattern, parts, match: (url) => url.split('/').length === parts.length };
}

const server = http.createServer((req, res) => {
  const pattern = req.url.replace(/[0-9]+/g, ':n');
  let route = compiledRoutes.get(pattern);
  if (!route) {
    route = compile(pattern);
    compiledRoutes.set(pattern, route);
  }
  res.end(String(route.match(req.url)));
});

function get(port, path) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      res.resume();
      res.on('end', resolve);
    }).on('error', reject);
  });
}

const shapes = ['/users/1', '/users/1/posts', '/users/1/posts/2', '/tags/1', '/feed', '/search/1'];

async function main() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < 60; i++) await get(port, shapes[i % shapes.length].replace(/1/g, String(round * 100 + i)));
    leakscope.snapshot('round-' + round);
  }
  server.close();
}

main();
