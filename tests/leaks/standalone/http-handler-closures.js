// http-handler-closures.js — an HTTP service that keeps a closure per request in a
// module-level array ("so that we can replay the last responses"), never trimmed; a
// client in the same process drives it in rounds, and the app snapshots itself after
// each round with require('leakscope').snapshot(label).
'use strict';

const http = require('http');
const leakscope = require('leakscope');

const replayers = [];

const server = http.createServer((req, res) => {
  const body = JSON.stringify({ path: req.url, items: [1, 2, 3], at: replayers.length });
  const headers = { 'content-type': 'application/json', 'x-path': req.url };
  replayers.push(function replay(out) {
    out.writeHead(200, headers);
    out.end(body);
  });
  res.writeHead(200, headers);
  res.end(body);
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
    for (let i = 0; i < 60; i++) await get(port, '/orders/' + round + '/' + i);
    leakscope.snapshot('round-' + round);
  }
  server.close();
}

main();
