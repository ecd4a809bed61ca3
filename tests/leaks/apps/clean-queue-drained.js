// clean-queue-drained.js — a work queue (array) that requests push onto and that a
// worker drains to empty at the end of every action.

var workQueue = [];
var processed = 0;
var next = 0;

function enqueue(task) {
  workQueue.push(task);
}

function drain() {
  while (workQueue.length) {
    var t = workQueue.shift();
    processed += t.items.length;
  }
}

function setup() {}

function action() {
  for (var i = 0; i < 300; i++) {
    var n = next++;
    enqueue({ id: n, items: [n, n + 1, n + 2], owner: 'worker-' + (n % 4) });
  }
  drain();
}

function teardown() {}

module.exports = { setup: setup, action: action, teardown: teardown };
