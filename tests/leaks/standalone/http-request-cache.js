// http-request-cache.js — responses memoised in a Map keyed by the request id header,
// which is different for every request: the cache never hits and never shrinks. Run
// with --snapshot-interval: a client in the same process keeps requests coming for a
// fixed time while the runtime takes snapshots on its own clock.
'use strict';

const http = require('http');

const responseCache = new Map();
let served = 0;

function render(id, url) {
  return { id, url, html: '<ul>' + '<li>row</li>'.repeat(8) + '</ul>', served: served++ };
}

const server = http.createServer((req, res) => {
  const id = req.headers['x-request-id'];
  let page = responseCache.get(id);
  if (!page) {
    page = render(id, req.url);
    responseCache.set(id, page);
  }
  res.end(page.html);
});

function get(port, path, id) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, agent: false, headers: { 'x-request-id': id } }, (res) => {
      res.resume();
      res.on('end', resolve);
    }).on('error', reject);
  });
}

async function main() {
  const ms = Number(process.argv[2] || 3000);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  const end = Date.now() + ms;
  let n = 0;
  while (Date.now() < end) {
    n++;
    await get(port, '/report?page=' + (n % 5), 'req-' + n);
  }
  server.close();
}

main();
