// cache-array-audit.js — an in-memory audit trail: every request appends a record to a
// module-level array that was meant to be shipped and emptied by a job nobody started.
'use strict';

const auditTrail = [];
let count = 0;

function audit(req, outcome) {
  auditTrail.push({ at: count, who: req.user, what: req.method + ' ' + req.path, outcome: outcome });
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) {
    const n = count++;
    audit({ user: 'user-' + (n % 31), method: n % 2 ? 'GET' : 'POST', path: '/accounts/' + n }, n % 3 ? 'ok' : 'denied');
  }
}

function teardown() {
  auditTrail.length = 0;
}

module.exports = { setup, action, teardown };
