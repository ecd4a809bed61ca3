// global-shutdown-hooks.js — every request registers a cleanup closure in a global hook
// list (global.onShutdownHooks) that is only run at shutdown. The growing things are
// closures from one site, but the first step from the root is a global property.

var next = 0;

function handle(req) {
  var tmp = { id: req.id, file: '/tmp/upload-' + req.id, parts: [req.id, req.id + 1, req.id + 2] };
  global.onShutdownHooks.push(function cleanupUpload() {
    return tmp.file;
  });
}

function setup() {
  global.onShutdownHooks = [];
}

function action() {
  for (var i = 0; i < 200; i++) handle({ id: next++ });
}

function teardown() {
  global.onShutdownHooks.forEach(function (f) { f(); });
  delete global.onShutdownHooks;
}

module.exports = { setup: setup, action: action, teardown: teardown };
