// clean-ttl-sweep.js — a response cache with a time-to-live on a logical clock (one tick
// per request): every request stores its response and sweeps what expired, so the
// cache holds the last TTL requests' worth and no more.
'use strict';

const TTL = 120;
const responseCache = new Map();
let clock = 0;

function sweep() {
  for (const [key, entry] of responseCache) {
    if (entry.expires > clock) break;     // insertion order is expiry order
    responseCache.delete(key);
  }
}

function handle(req) {
  clock++;
  responseCache.set('req-' + req.id, { body: { id: req.id, items: [req.id, 2] }, expires: clock + TTL });
  sweep();
}

let next = 0;

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) handle({ id: next++ });
}

function teardown() {
  responseCache.clear();
}

module.exports = { setup, action, teardown };
