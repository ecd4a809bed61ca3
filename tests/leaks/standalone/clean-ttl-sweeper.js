// clean-ttl-sweeper.js (clean) — a token cache whose entries live 150 ms; a setInterval
// sweeper deletes the expired ones every 50 ms. The client keeps asking for new tokens
// for the time given in argv, so the cache turns over at a steady size. Snapshotted by
// --snapshot-interval=400.
'use strict';

const TTL = 150;
const tokenCache = new Map();

function issue(user) {
  const t = { user, value: 'tok-' + user, expires: Date.now() + TTL, scopes: ['read'] };
  tokenCache.set(user, t);
  return t;
}

const sweeper = setInterval(() => {
  const now = Date.now();
  for (const [k, v] of tokenCache) if (v.expires <= now) tokenCache.delete(k);
}, 50);

const end = Date.now() + Number(process.argv[2] || 3000);
let n = 0;
const client = setInterval(() => {
  for (let i = 0; i < 20; i++) issue('u' + n++);
  if (Date.now() >= end) {
    clearInterval(client);
    clearInterval(sweeper);
  }
}, 5);
