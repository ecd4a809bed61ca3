// cache-map-of-arrays.js — events grouped per tenant in a Map: the Map has a fixed set of
// eight keys (it does not grow), but each tenant's array grows without bound.
'use strict';

const eventsByTenant = new Map();
const TENANTS = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark', 'wayne', 'wonka'];
let next = 0;

function record(tenant, ev) {
  let list = eventsByTenant.get(tenant);
  if (!list) eventsByTenant.set(tenant, list = []);
  list.push(ev);
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) {
    const n = next++;
    record(TENANTS[n % TENANTS.length], { seq: n, kind: 'click', target: '#button-' + (n % 40), xy: [n % 800, n % 600] });
  }
}

function teardown() {
  eventsByTenant.clear();
}

module.exports = { setup, action, teardown };
