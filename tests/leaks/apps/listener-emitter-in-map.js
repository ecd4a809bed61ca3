// listener-emitter-in-map.js — named channels (EventEmitters) live in a Map; each
// request subscribes to the 'order' channel and never unsubscribes. The growing list is
// the 'order' listener list of the emitter found under channels.get('orders').
'use strict';
const EventEmitter = require('events');

const channels = new Map();
let seen = 0;

function channel(name) {
  if (!channels.has(name)) {
    const e = new EventEmitter();
    e.setMaxListeners(0);
    channels.set(name, e);
  }
  return channels.get(name);
}

function handle(req) {
  channel('orders').on('order', function notifyCustomer(order) {
    return order.id === req.orderId ? req.email : null;
  });
  seen++;
}

function setup() {
  channel('orders');
  channel('audit');
}

function action() {
  for (let i = 0; i < 200; i++) {
    handle({ orderId: seen, email: 'customer' + seen + '@example.test', lines: [seen, 1, 2] });
  }
}

function teardown() {
  channels.forEach((e) => e.removeAllListeners());
}

module.exports = { setup, action, teardown };
