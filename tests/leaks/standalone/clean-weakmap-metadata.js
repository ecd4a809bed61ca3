// clean-weakmap-metadata.js (clean) — per-request metadata kept in a WeakMap keyed by
// the request object; the requests are dropped after they are handled, so the entries go
// with them. An HTTP service snapshotted by --snapshot-interval=400.
'use strict';

const http = require('http');

const requestMeta = new WeakMap();

const server = http.createServer((req, res) => {
  requestMeta.set(req, { url: req.url, headers: Object.keys(req.headers), tags: ['web'] });
  res.end('ok ' + requestMeta.get(req).url);
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
  const ms = Number(process.argv[2] || 3000);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const end = Date.now() + ms;
  for (let n = 0; Date.now() < end; n++) await get(port, '/r/' + n);
  server.close();
}

main();
