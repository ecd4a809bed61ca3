// cache-nested-deep.js — the growth hides five levels down a long-lived config/state
// object: state.services.db.stats.slowQueries collects every slow query ever seen.
'use strict';

const state = {
  services: {
    http: { port: 0, routes: ['/a', '/b'] },
    db: { pool: { size: 4 }, stats: { queries: 0, slowQueries: [] } }
  }
};
let next = 0;

function query(sql, ms) {
  const stats = state.services.db.stats;
  stats.queries++;
  if (ms > 100) stats.slowQueries.push({ sql: sql, ms: ms, plan: ['seq scan', sql.length] });
}

function setup() {}

function action() {
  for (let i = 0; i < 300; i++) {
    const n = next++;
    query('SELECT * FROM events WHERE id > ' + n, 50 + (n * 7) % 200);
  }
}

function teardown() {
  state.services.db.stats.slowQueries = [];
}

module.exports = { setup, action, teardown };
