// seed-cache.js — the seed's scenario 4, "unbounded cache growth": a route caches what
// fetchData returns for each id and never evicts; every request asks for a new id.
'use strict';

// A tiny stand-in for an Express app: app.get(pattern, fn) and app.request(path).
const app = {
  routes: [],
  get(pattern, fn) { this.routes.push({ prefix: pattern.replace(':id', ''), fn }); },
  request(path, res) {
    for (const r of this.routes)
      if (path.indexOf(r.prefix) === 0) return r.fn({ params: { id: path.slice(r.prefix.length) } }, res);
  }
};

function fetchData(id) {
  return { id: id, name: 'record ' + id, fields: [id.length, 1, 2, 3] };
}

const cache = new Map();
app.get('/data/:id', (req, res) => {
  if (!cache.has(req.params.id)) {
    cache.set(req.params.id, fetchData(req.params.id));  // Only grows, never shrinks
  }
  res.json(cache.get(req.params.id));
});

let next = 0;

function setup() {}

function action() {
  const res = { json() {} };
  for (let i = 0; i < 200; i++) app.request('/data/' + next++, res);
}

function teardown() {
  cache.clear();
}

module.exports = { setup, action, teardown };
