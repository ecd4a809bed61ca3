// stats-dictionary.js — per-URL request statistics in a plain object used as a
// dictionary (statsByUrl[url] = {...}); the key is the full URL with its query string,
// and the client sends a fresh cache-buster each time, so every request adds a key.
// HTTP on 127.0.0.1; snapshots taken by the app after each round.
'use strict';

const http = require('http');
const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const statsByUrl = {};

const server = http.createServer((req, res) => {
  const s = statsByUrl[req.url] || (statsByUrl[req.url] = { hits: 0, bytes: 0, lastStatus: 0 });
  s.hits++;
  s.bytes += 2;
  s.lastStatus = 200;
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
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < 40; i++) await get(port, '/api/items?_=' + (round * 1000 + i));
    snap('round ' + round);
  }
  server.close();
}

main();
