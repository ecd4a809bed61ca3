// process-handler-per-request.js — an HTTP service that, for each request, installs a
// process 'uncaughtException' handler so it can answer 500 if something throws, and
// forgets to remove it when the response ends. Snapshots every 400 ms by the runtime
// (--snapshot-interval=400); the client runs for the time given in argv.
'use strict';

const http = require('http');

const server = http.createServer((req, res) => {
  const ctx = { url: req.url, started: Date.now(), trace: new Array(16).fill(req.url) };
  process.on('uncaughtException', function respondWith500(err) {
    if (!res.writableEnded) res.end('500 ' + ctx.url + ' ' + err.message);
  });
  res.end('hello ' + ctx.url);
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
  for (let n = 0; Date.now() < end; n++) await get(port, '/item/' + n);
  server.close();
}

main();
