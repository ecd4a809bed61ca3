// clean-http-startup-table.js (clean) — a service that builds a big lookup table once at
// start (20,000 objects, several MB) and then serves from it: a big allocation, but all
// of it before the first snapshot; after that memory stays flat.
'use strict';

const http = require('http');
const leakscope = require('leakscope');

const geoTable = [];
for (let i = 0; i < 20000; i++) geoTable.push({ prefix: i, country: 'C' + (i % 200), city: 'city-' + i });

let hits = 0;
const server = http.createServer((req, res) => {
  hits++;
  const row = geoTable[Number(req.url.slice(4)) % geoTable.length];
  res.end(row.country);
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
    for (let i = 0; i < 60; i++) await get(port, '/ip/' + (round * 1000 + i * 7));
    leakscope.snapshot('round-' + round);
  }
  server.close();
}

main();
