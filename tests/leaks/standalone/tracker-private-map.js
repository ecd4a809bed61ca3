// tracker-private-map.js — an in-flight request tracker keeps each request in a private
// Map field and deletes it when the request finishes, but the error path (every third
// request) returns early and never calls finish(). An HTTP service snapshotted by
// --snapshot-interval=400.
'use strict';

const http = require('http');

class RequestTracker {
  #inflight = new Map();
  #seq = 0;
  start(req) {
    const id = ++this.#seq;
    this.#inflight.set(id, { url: req.url, method: req.method, startedAt: id, tags: ['api'] });
    return id;
  }
  finish(id) {
    this.#inflight.delete(id);
  }
  get size() {
    return this.#inflight.size;
  }
}

const tracker = new RequestTracker();

const server = http.createServer((req, res) => {
  const id = tracker.start(req);
  if (req.url.endsWith('/0')) {
    res.statusCode = 500;
    res.end('failed');
    return;
  }
  res.end('ok');
  tracker.finish(id);
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
  for (let n = 0; Date.now() < end; n++) await get(port, `/orders/${n}/${n % 3}`);
  server.close();
}

main();
