// seed-global.js — the seed's scenario 2, "global variables": an assignment without
// var/let/const. Here the forgotten declaration is the batch's accumulator: startBatch()
// means to make a fresh list per batch, but leakedData becomes a property of the global
// object, startBatch() runs once, and every request body is pushed onto it for ever.

function startBatch() {
  leakedData = [];                      // Forgot var/let/const
}

function handler(req, res) {
  leakedData.push(req.body);
  res.json({ queued: leakedData.length });
}

var next = 0;

function setup() {
  startBatch();
}

function action() {
  var res = { json: function () {} };
  for (var i = 0; i < 200; i++) {
    var n = next++;
    handler({ body: { user: 'u' + n, item: n % 97, note: 'order ' + n } }, res);
  }
}

function teardown() {
  delete global.leakedData;
}

module.exports = { setup: setup, action: action, teardown: teardown };
