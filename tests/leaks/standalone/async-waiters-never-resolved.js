// async-waiters-never-resolved.js — an HTTP service whose handler awaits a "config
// ready" promise that only resolves when a config push arrives, which never happens;
// each request's async handler stays suspended holding its request payload, but the
// response was already sent by a fallback. Snapshots taken by the app.
'use strict';

const http = require('http');

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

let markReady;
const configReady = new Promise((resolve) => { markReady = resolve; });

async function applyPersonalisation(req, res) {
  const profile = { url: req.url, prefs: ['dark', 'compact'], history: new Array(10).fill(req.url) };
  res.end('default page');
  await configReady;
  return profile.prefs.length;
}

const server = http.createServer((req, res) => {
  applyPersonalisation(req, res);
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
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < 40; i++) await get(port, `/home/${round}/${i}`);
    snap('round ' + round);
  }
  server.close();
  if (false) markReady();
}

main();
