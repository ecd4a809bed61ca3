// http-refresh-intervals.js — each login starts a setInterval that refreshes the user's
// token every ten minutes; nothing clears it when the user leaves. The intervals are
// unref()'d so the process can still exit: only the runtime's timer list holds them.
'use strict';

const http = require('http');
const leakscope = require('leakscope');

let refreshed = 0;

const server = http.createServer((req, res) => {
  const token = { user: req.url.slice(7), value: 'tok-' + req.url, scopes: ['read', 'write'] };
  setInterval(function refreshToken() {
    token.value = 'tok-' + ++refreshed;
  }, 10 * 60 * 1000).unref();
  res.end(token.value);
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
    for (let i = 0; i < 50; i++) await get(port, '/login/u' + round + '-' + i);
    leakscope.snapshot('round-' + round);
  }
  server.close();
}

main();
