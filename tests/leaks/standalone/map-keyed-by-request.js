// map-keyed-by-request.js — request timing middleware keyed by the request object
// itself in a Map (not a WeakMap); the 'finish' handler that should delete the entry
// only runs for 2xx responses, and every /search request answers 400, so those
// requests and their timing records stay in the Map. HTTP on 127.0.0.1; snapshots by
// the app after each round.
'use strict';

const http = require('http');
const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const timings = new Map();

const server = http.createServer((req, res) => {
  timings.set(req, { start: Date.now(), route: req.url.split('?')[0], marks: [] });
  res.on('finish', () => {
    if (res.statusCode < 300) timings.delete(req);
  });
  if (req.url.startsWith('/search')) {
    res.statusCode = 400;
    res.end('missing q');
  } else {
    res.end('ok');
  }
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
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < 30; i++) {
      await get(port, '/home');
      await get(port, '/search?page=' + i);
    }
    snap('round ' + round);
  }
  server.close();
}

main();
