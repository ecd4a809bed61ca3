// bound-handler-registry.js — a plugin host registers a handler per tenant session as
// Function.prototype.bind(plugin, session) results in a registry keyed by a fresh
// handler id; sessions end but their handlers are never unregistered, so the
// registry's dictionary holds every bound function and, through its bound arguments,
// every session. Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const registry = {
  handlers: {},
  nextId: 0,
  add(fn) {
    const id = 'h' + ++this.nextId;
    this.handlers[id] = fn;
    return id;
  },
  dispatch(msg) {
    for (const id in this.handlers) this.handlers[id](msg);
  }
};

const auditPlugin = {
  name: 'audit',
  onMessage(session, msg) {
    if (msg.tenant === session.tenant) session.seen++;
  }
};

function openSession(tenant, n) {
  const session = { tenant, user: 'user-' + n, seen: 0, scratch: new Array(8).fill(n) };
  registry.add(auditPlugin.onMessage.bind(auditPlugin, session));
  return session;
}

let n = 0;
for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 40; i++) openSession('t' + (i % 3), n++);
  registry.dispatch({ tenant: 't1' });
  snap('round ' + round);
}
