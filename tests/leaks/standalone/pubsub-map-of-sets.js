// pubsub-map-of-sets.js — a tiny pub/sub: channel name → Set of callbacks. Every
// websocket-like client subscribes on connect; disconnect forgets to unsubscribe, so the
// sets fill with callbacks of clients long gone. Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const channels = new Map();

function subscribe(channel, fn) {
  if (!channels.has(channel)) channels.set(channel, new Set());
  channels.get(channel).add(fn);
  return () => channels.get(channel).delete(fn);
}

function publish(channel, msg) {
  for (const fn of channels.get(channel) || []) fn(msg);
}

class Client {
  constructor(id) {
    this.id = id;
    this.inbox = [];
  }
  connect() {
    this.unsubscribe = subscribe('news', (m) => this.inbox.length < 2 && this.inbox.push(m));
  }
  disconnect() {
    this.inbox = [];
  }
}

for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 50; i++) {
    const c = new Client(round * 50 + i);
    c.connect();
    c.disconnect();
  }
  publish('news', 'round ' + round);
  snap('round ' + round);
}
