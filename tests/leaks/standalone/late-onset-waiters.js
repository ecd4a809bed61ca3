// late-onset-waiters.js — a leak that only shows once steady state ends: a connection
// pool of 8 hands out connections and takes them back; a request that finds the pool
// empty waits in `waiting`. Early rounds never exhaust the pool; from round 4 on the
// traffic doubles and some requests have to wait, but release() gives the connection
// back to the pool without waking a waiter, so the waiters (each holding its request)
// pile up. Snapshots taken by the app each round: flat, then growing.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

class Pool {
  constructor(size) {
    this.free = Array.from({ length: size }, (_, i) => ({ id: i, queries: 0 }));
    this.waiting = [];
  }
  acquire(request) {
    if (this.free.length) return Promise.resolve(this.free.pop());
    return new Promise((resolve) => this.waiting.push({ request, resolve }));
  }
  release(conn) {
    conn.queries++;
    this.free.push(conn); // should hand it to this.waiting.shift() first
  }
}

const pool = new Pool(8);
let served = 0;

async function handle(id) {
  const request = { id, path: '/report/' + id, params: { from: 0, to: id } };
  const conn = await pool.acquire(request);
  served++;
  return conn;
}

async function main() {
  for (let round = 0; round < 10; round++) {
    const concurrent = round < 4 ? 8 : 16;
    for (let i = 0; i < 5; i++) {
      const held = [];
      for (let k = 0; k < concurrent; k++) handle(`${round}-${i}-${k}`).then((c) => held.push(c));
      await new Promise((resolve) => setImmediate(resolve));
      held.forEach((c) => pool.release(c));
    }
    snap('round ' + round);
  }
  console.log(served, pool.waiting.length);
}

main();
