// connections-set.js — a TCP server tracks its connections in a Set for a graceful
// shutdown but never deletes a socket when it closes. Snapshots taken by the app after
// each round's connections are closed.
'use strict';

const net = require('net');

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const openConnections = new Set();

const server = net.createServer((socket) => {
  openConnections.add(socket);
  socket.end('hello\n');
});

function hello(port) {
  return new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1');
    c.on('data', () => {});
    c.on('end', () => { c.end(); resolve(); });
    c.on('error', reject);
  });
}

async function main() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < 20; i++) await hello(port);
    await new Promise((r) => setTimeout(r, 30));
    snap('round ' + round);
  }
  server.close();
}

main();
