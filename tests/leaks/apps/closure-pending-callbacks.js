// closure-pending-callbacks.js — a write-behind logger: each request registers an
// onFlush callback to run "when the buffer is flushed", but flush() is only called on
// shutdown, so the callbacks (one closure per request, each holding its request's entry)
// pile up in flushCallbacks.

var flushCallbacks = [];
var written = 0;

function logRequest(req) {
  var entry = { id: req.id, path: req.path, headers: req.headers, at: req.id * 7 };
  flushCallbacks.push(function onFlush() {
    written += entry.path.length;
  });
}

function flush() {
  var cbs = flushCallbacks;
  flushCallbacks = [];
  for (var i = 0; i < cbs.length; i++) cbs[i]();
}

var next = 0;

function setup() {}

function action() {
  for (var i = 0; i < 200; i++) {
    var n = next++;
    logRequest({ id: n, path: '/api/items/' + n + '?expand=owner,tags',
      headers: { host: 'localhost', 'x-request-id': 'req-' + n, accept: 'application/json' } });
  }
}

function teardown() {
  flush();
}

module.exports = { setup: setup, action: action, teardown: teardown };
