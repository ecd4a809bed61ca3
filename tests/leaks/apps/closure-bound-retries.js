// closure-bound-retries.js — failed deliveries are queued for a retry as bound methods
// (this.deliver.bind(this, message)) on a module-level list that nothing drains: every
// bound function keeps its message alive.
'use strict';

class Mailer {
  constructor() {
    this.sent = 0;
  }
  deliver(message) {
    this.sent++;
    return message.to;
  }
}

const mailer = new Mailer();
const retryQueue = [];
let next = 0;

function send(n) {
  const message = { to: 'user' + n + '@example.test', subject: 'Invoice ' + n, lines: [n, 'due'] };
  if (n % 4 !== 0) retryQueue.push(mailer.deliver.bind(mailer, message));
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) send(next++);
}

function teardown() {
  retryQueue.length = 0;
}

module.exports = { setup, action, teardown };
