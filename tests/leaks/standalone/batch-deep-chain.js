// batch-deep-chain.js — a batch job (no server) whose Service holds a Database, which
// holds a Pool, which holds its Stats, which keep a log of every slow query: the growth
// is four objects below the app's variable. The job runs its batches on a timer and
// snapshots itself after each.
'use strict';

const leakscope = require('leakscope');

class Stats {
  constructor() {
    this.queries = 0;
    this.slowQueryLog = [];
  }
}

class Pool {
  constructor(size) {
    this.size = size;
    this.stats = new Stats();
  }
  run(sql, ms) {
    this.stats.queries++;
    if (ms > 20) this.stats.slowQueryLog.push({ sql, ms, plan: ['index scan', sql.length] });
    return ms;
  }
}

class Database {
  constructor() {
    this.pool = new Pool(4);
  }
}

class Service {
  constructor() {
    this.db = new Database();
  }
  handle(job) {
    return this.db.pool.run('SELECT * FROM jobs WHERE id = ' + job.id, job.id % 40);
  }
}

const service = new Service();
let nextJob = 0;
let batch = 0;

const timer = setInterval(() => {
  for (let i = 0; i < 150; i++) service.handle({ id: nextJob++ });
  leakscope.snapshot('batch-' + batch);
  if (++batch === 4) clearInterval(timer);
}, 5);
