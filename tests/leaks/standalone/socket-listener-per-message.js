// socket-listener-per-message.js — a gateway keeps one long-lived TCP connection to
// its backend and, for every message it forwards, adds an 'error' listener to that
// socket to fail the message's caller if the connection breaks; the listeners are
// never removed, so the upstream socket's 'error' list grows by one per message.
// Backend and gateway on 127.0.0.1; snapshots taken by the app after each round.
'use strict';

const net = require('net');
const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const backend = net.createServer((sock) => sock.pipe(sock));
let upstream;

function forward(msg) {
  return new Promise((resolve) => {
    const pending = { msg, sentAt: Date.now(), resolve };
    upstream.on('error', function failForward(err) {
      pending.error = err;
    });
    upstream.once('data', () => resolve(pending));
    upstream.write(JSON.stringify(msg) + '\n');
  });
}

async function main() {
  await new Promise((resolve) => backend.listen(0, '127.0.0.1', resolve));
  upstream = net.connect(backend.address().port, '127.0.0.1');
  upstream.setMaxListeners(0);
  await new Promise((resolve) => upstream.on('connect', resolve));
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < 40; i++) await forward({ op: 'get', key: 'k' + i, round });
    snap('round ' + round);
  }
  upstream.end();
  backend.close();
}

main();
