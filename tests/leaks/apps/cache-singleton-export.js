// cache-singleton-export.js — audit events go to a registry module whose export is a
// class instance (module.exports = new AuditRegistry()); no variable of either module
// holds it: only require's cache (Module → exports) does, and it keeps every record.
'use strict';

let next = 0;

function handle(req) {
  require('./lib/audit-registry').record({ type: 'view', user: 'u' + (req.id % 30), id: req.id });
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) handle({ id: next++ });
}

function teardown() {
  require('./lib/audit-registry').clear();
}

module.exports = { setup, action, teardown };
