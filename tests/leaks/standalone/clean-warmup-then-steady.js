// clean-warmup-then-steady.js — a geo-lookup service builds its tables at start-up in a
// warm-up phase spread over the first two rounds (a prefix index and a few thousand
// city records, the second round filling in what the first left), then serves lookups
// that only allocate short-lived results. Lots of allocation early, flat afterwards.
// Not a leak. Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const cities = [];
const byPrefix = new Map();

function* cityNames(from, to) {
  for (let i = from; i < to; i++) yield { name: 'City' + i, country: 'C' + (i % 40), pop: i * 37 };
}

function warmUp(from, to) {
  for (const city of cityNames(from, to)) {
    cities.push(city);
    const prefix = city.name.slice(0, 6);
    if (!byPrefix.has(prefix)) byPrefix.set(prefix, []);
    byPrefix.get(prefix).push(city);
  }
}

function lookup(prefix) {
  const hits = byPrefix.get(prefix) || [];
  return hits.slice(0, 5).map((c) => ({ label: `${c.name}, ${c.country}`, pop: c.pop }));
}

let answers = 0;
for (let round = 0; round < 7; round++) {
  if (round === 0) warmUp(0, 3000);
  if (round === 1) warmUp(3000, 4000);
  for (let i = 0; i < 400; i++) answers += lookup('City' + ((i * 7) % 99)).length;
  snap('round ' + round);
}
console.log(cities.length, answers > 0);
