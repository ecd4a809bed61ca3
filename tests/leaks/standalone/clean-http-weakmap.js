// clean-http-weakmap.js (clean) — per-request metadata kept in a module-level WeakMap
// keyed by the request object: once a request is done and collected, its entry goes
// too, however many requests were served.
'use strict';

const http = require('http');
const leakscope = require('leakscope');

const requestMeta = new WeakMap();

const server = http.createServer((req, res) => {
  requestMeta.set(req, { started: 0, route: req.url.split('/')[1], tags: ['a', 'b'] });
  res.end(requestMeta.get(req).route);
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
    for (let i = 0; i < 60; i++) await get(port, '/items/' + round + '/' + i);
    leakscope.gc();
    leakscope.snapshot('round-' + round);
  }
  server.close();
}

main();
