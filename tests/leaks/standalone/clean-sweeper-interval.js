// clean-sweeper-interval.js — a rate limiter records each client's hits in a Map and a
// setInterval sweeper deletes the clients not seen for two sweeps. Between sweeps the
// Map grows; each sweep frees what went idle, so it levels off at about three rounds'
// worth of clients. Not a leak. The app waits for a sweep after each round of traffic
// and snapshots then.
'use strict';

const EventEmitter = require('events');
const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const hitsByClient = new Map();
const sweeps = new EventEmitter();
let sweep = 0;

const sweeper = setInterval(() => {
  sweep++;
  for (const [client, entry] of hitsByClient) {
    if (entry.lastSweep < sweep - 2) hitsByClient.delete(client);
  }
  sweeps.emit('swept', sweep);
}, 10);

function hit(client) {
  let entry = hitsByClient.get(client);
  if (!entry) hitsByClient.set(client, (entry = { client, count: 0, lastSweep: sweep, windows: [] }));
  entry.count++;
  entry.lastSweep = sweep;
  entry.windows.push(entry.count);
  if (entry.windows.length > 4) entry.windows.shift();
}

async function main() {
  for (let round = 0; round < 8; round++) {
    for (let i = 0; i < 100; i++) hit(`10.0.${round}.${i}`);
    await new Promise((resolve) => sweeps.once('swept', resolve));
    snap('round ' + round);
  }
  clearInterval(sweeper);
  console.log(hitsByClient.size < 500);
}

main();
