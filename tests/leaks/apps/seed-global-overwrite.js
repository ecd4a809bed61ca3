// seed-global-overwrite.js — the seed's scenario 2 exactly as written: `leakedData =
// req.body` without a declaration. The global is overwritten by every request, so it
// pins the latest body only: a stale reference of constant size, not a growing leak.

function handler(req, res) {
  leakedData = req.body;                // Forgot var/let/const
  res.json({ size: leakedData.items.length });
}

var next = 0;

function setup() {}

function action() {
  var res = { json: function () {} };
  for (var i = 0; i < 200; i++) {
    var n = next++;
    var items = [];
    for (var j = 0; j < 10; j++) items.push({ sku: n * 10 + j, qty: j });
    handler({ body: { order: n, items: items } }, res);
  }
}

function teardown() {
  delete global.leakedData;
}

module.exports = { setup: setup, action: action, teardown: teardown };
