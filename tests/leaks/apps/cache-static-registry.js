// cache-static-registry.js — every Connection registers itself in a static field of its
// class (Connection.registry, a Map by id) so that admin code can list them; close()
// marks the connection closed but never deletes it from the registry.
'use strict';

class Connection {
  static registry = new Map();
  constructor(id, peer) {
    this.id = id;
    this.peer = peer;
    this.state = 'open';
    this.stats = { bytesIn: 0, bytesOut: 0, opened: id };
    Connection.registry.set(id, this);
  }
  close() {
    this.state = 'closed';
  }
}

let next = 0;

function setup() {}

function action() {
  for (let i = 0; i < 150; i++) {
    const conn = new Connection(next++, { host: 'peer-' + (next % 17), port: 40000 + i });
    conn.stats.bytesIn += 120;
    conn.close();
  }
}

function teardown() {
  Connection.registry.clear();
}

module.exports = { setup, action, teardown };
