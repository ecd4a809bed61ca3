// sockets-never-closed.js — a TCP health checker connects to a backend every tick,
// reads the greeting and forgets the socket without end()/destroy(): both ends stay
// open, the server's connection and the client's socket live on. Snapshots taken by
// the app; the server is closed and the sockets destroyed at the end.
'use strict';

const net = require('net');

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const server = net.createServer((conn) => {
  conn.write('READY\n');
});

function probe(port) {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    sock.once('data', (d) => resolve(String(d).trim()));
  });
}

async function main() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  let ok = 0;
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < 15; i++) if ((await probe(port)) === 'READY') ok++;
    snap('round ' + round);
  }
  console.log('probes ok', ok);
  process.exit(0);
}

main();
