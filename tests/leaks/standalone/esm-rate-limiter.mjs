// esm-rate-limiter.mjs — an ES module HTTP service (import, top-level await) with a rate
// limiter in another ES module: a counter per client and time window, and the windows
// of the past are never dropped. The app snapshots itself after each round.
import http from 'http';
import leakscope from 'leakscope';
import { hit } from './lib/rate-store.mjs';

let tick = 0;

const server = http.createServer((req, res) => {
  const client = req.headers['x-client'] || 'anon';
  const n = hit(client, tick++);       // the window advances with every request here
  res.statusCode = n > 100 ? 429 : 200;
  res.end();
});

function get(port, client) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: '/', agent: false, headers: { 'x-client': client } }, (res) => {
      res.resume();
      res.on('end', resolve);
    }).on('error', reject);
  });
}

await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.address().port;
for (let round = 0; round < 4; round++) {
  for (let i = 0; i < 60; i++) await get(port, 'client-' + (i % 6));
  leakscope.snapshot('round-' + round);
}
server.close();
