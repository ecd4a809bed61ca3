// clean-big-temp-garbage.js — each action builds a large report (a few MB of objects and
// strings), summarises it and drops it: lots of allocation, nothing kept.

var next = 0;

function buildReport(n) {
  var rows = [];
  for (var i = 0; i < 5000; i++) {
    rows.push({ line: i, customer: 'customer-' + ((n + i) % 997), amount: (i * 31) % 1000, tags: [i % 3, i % 5] });
  }
  return { id: n, rows: rows, text: rows.map(function (r) { return r.customer + ':' + r.amount; }).join('\n') };
}

function setup() {}

function action() {
  var r = buildReport(next++);
  var total = 0;
  for (var i = 0; i < r.rows.length; i++) total += r.rows[i].amount;
  return total === r.text.length ? undefined : undefined;
}

function teardown() {}

module.exports = { setup: setup, action: action, teardown: teardown };
