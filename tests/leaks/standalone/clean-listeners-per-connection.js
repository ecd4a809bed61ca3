// clean-listeners-per-connection.js (clean) — a TCP echo service whose connections each
// subscribe to a shared 'shutdown' emitter and unsubscribe on 'close'; the client opens
// and closes connections. Snapshots by SIGUSR2 (--snapshot-signal), which the app sends
// itself after each round, once the server has no connections left.
'use strict';

const net = require('net');
const { EventEmitter } = require('events');

const lifecycle = new EventEmitter();

const server = net.createServer((conn) => {
  const onShutdown = () => conn.end('bye\n');
  lifecycle.on('shutdown', onShutdown);
  conn.on('close', () => lifecycle.off('shutdown', onShutdown));
  conn.on('data', (d) => conn.write(d));
});

function echo(port, text) {
  return new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1', () => c.write(text));
    c.on('data', (d) => { c.end(); resolve(String(d)); });
    c.on('error', reject);
  });
}

const idle = () => new Promise((resolve) => {
  const check = () => server.getConnections((e, n) => (n === 0 ? resolve() : setTimeout(check, 5)));
  check();
});

async function main() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < 25; i++) await echo(port, 'ping ' + i);
    await idle();
    await new Promise((r) => setTimeout(r, 20));
    process.kill(process.pid, 'SIGUSR2');
    await new Promise((r) => setTimeout(r, 50));
  }
  server.close();
}

main();
