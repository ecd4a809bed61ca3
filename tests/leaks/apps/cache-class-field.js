// cache-class-field.js — a RequestTracker instance (one per process) keeps a history of
// every request in an instance field; the class looks harmless from the outside.
'use strict';

class RequestTracker {
  constructor(name) {
    this.name = name;
    this.history = [];
    this.count = 0;
  }
  track(req) {
    this.count++;
    this.history.push({ method: req.method, url: req.url, status: req.status, timing: [req.id % 50, 3] });
  }
}

const tracker = new RequestTracker('http');
let next = 0;

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) {
    const n = next++;
    tracker.track({ id: n, method: 'GET', url: '/catalog/' + n, status: n % 10 ? 200 : 404 });
  }
}

function teardown() {
  tracker.history = [];
}

module.exports = { setup, action, teardown };
