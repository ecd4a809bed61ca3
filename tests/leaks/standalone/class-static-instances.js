// class-static-instances.js — a Connection class that registers every instance in a
// static list "for debugging"; connections are opened and closed per job, but the list
// keeps them all. Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

class Connection {
  static all = [];
  constructor(host) {
    this.host = host;
    this.open = true;
    this.buffer = [];
    Connection.all.push(this);
  }
  close() {
    this.open = false;
  }
}

for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 80; i++) {
    const c = new Connection('db-' + (i % 4));
    c.buffer.push('select ' + i);
    c.close();
  }
  snap('round ' + round);
}
console.log(Connection.all.length);
