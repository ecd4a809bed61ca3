// audit-registry.js — helper of cache-singleton-export.js: the module's export is one
// AuditRegistry instance (a singleton through require's cache), which keeps every record.
'use strict';

class AuditRegistry {
  constructor() {
    this.auditRecords = [];
  }
  record(event) {
    this.auditRecords.push({ event: event.type, user: event.user, fields: [event.id, 'ok'] });
  }
  clear() {
    this.auditRecords = [];
  }
}

module.exports = new AuditRegistry();
