// clean-closures-released.js — callbacks registered per request in a pending table by
// id, each called and deleted when its reply arrives (replies come in the same action).

var pendingReplies = {};
var next = 0;
var answered = 0;

function send(req, onReply) {
  pendingReplies[req.id] = onReply;
}

function receive(id, reply) {
  var cb = pendingReplies[id];
  delete pendingReplies[id];
  cb(reply);
}

function setup() {}

function action() {
  var first = next;
  for (var i = 0; i < 200; i++) {
    var req = { id: next++, body: 'ping ' + next, meta: [next % 3] };
    send(req, (function (r) {
      return function onReply(reply) {
        answered += reply.length + r.meta.length;
      };
    })(req));
  }
  for (var id = first; id < next; id++) receive(id, 'pong');
}

function teardown() {}

module.exports = { setup: setup, action: action, teardown: teardown };
