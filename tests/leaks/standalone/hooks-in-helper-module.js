// hooks-in-helper-module.js — each tenant that is loaded registers a 'beforeSave' hook
// with a plugin registry (a helper module, lib/plugin-registry.js) and nothing ever
// unregisters it when the tenant is unloaded; the hook closes over the tenant's
// settings. Snapshots taken by the app.
'use strict';

const registry = require('./lib/plugin-registry');

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

class Tenant {
  constructor(id) {
    this.id = id;
    this.settings = { currency: 'EUR', locale: 'de-DE', rules: new Array(20).fill(id) };
  }
  load() {
    registry.register('beforeSave', (doc) => {
      if (doc.tenant === this.id) doc.currency = this.settings.currency;
    });
  }
  unload() {
    this.settings = { ...this.settings };
  }
}

for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 40; i++) {
    const t = new Tenant(`t${round}-${i}`);
    t.load();
    t.unload();
  }
  registry.run('beforeSave', { tenant: 't0-0' });
  snap('round ' + round);
}
