// db-client.js — helper of singleton-module-state.js: a fake database client that
// times its queries into the shared metrics singleton.
'use strict';

const metrics = require('./metrics-singleton');

exports.query = function query(sql) {
  const ms = sql.length % 17;
  metrics.observe('db.query', ms);
  return [{ sql, ms }];
};
