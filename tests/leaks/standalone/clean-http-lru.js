// clean-http-lru.js (clean) — an HTTP service with an LRU cache of rendered pages,
// bounded at 50 entries; the client asks for ever new pages, so the cache turns over
// but never grows past its bound.
'use strict';

const http = require('http');
const leakscope = require('leakscope');

const MAX = 50;
const pageCache = new Map();

function cached(key, make) {
  let v = pageCache.get(key);
  if (v) {
    pageCache.delete(key);
  } else {
    v = make();
    if (pageCache.size >= MAX) pageCache.delete(pageCache.keys().next().value);
  }
  pageCache.set(key, v);
  return v;
}

const server = http.createServer((req, res) => {
  const page = cached(req.url, () => ({ url: req.url, html: '<p>' + req.url + '</p>'.repeat(4) }));
  res.end(page.html);
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
    for (let i = 0; i < 80; i++) await get(port, '/page/' + round + '/' + i);
    leakscope.snapshot('round-' + round);
  }
  server.close();
}

main();
