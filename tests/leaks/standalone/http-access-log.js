// http-access-log.js — an HTTP service logs each request through a required helper
// module (lib/access-log.js) that buffers the log in one module-level string and never
// flushes it: one string in another module's state keeps getting longer.
'use strict';

const http = require('http');
const leakscope = require('leakscope');
const accessLog = require('./lib/access-log');

const server = http.createServer((req, res) => {
  accessLog.append(req.method + ' ' + req.url + ' ' + (req.headers['user-agent'] || '-') + ' 200');
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
  const port = server.address().port;
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < 60; i++) await get(port, '/search?q=' + 'term'.repeat(10) + round + '-' + i);
    if (accessLog.size() === 0) throw new Error('no log');
    leakscope.snapshot('round-' + round);
  }
  server.close();
}

main();
