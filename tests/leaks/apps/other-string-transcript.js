// other-string-transcript.js — a debug transcript kept as one module-level string that
// every request appends a line to. Nothing but one string grows: no collection, no new
// objects kept, just ever more characters.

var transcript = '';
var lines = 0;
var query = new Array(30).join('&facet=brand&facet=size');  // a long query string

function logLine(req) {
  transcript += lines + ' ' + req.method + ' ' + req.url + ' -> ' + req.status + ' in ' + req.ms + 'ms\n';
  lines++;
}

function setup() {}

function action() {
  for (var i = 0; i < 25; i++) {
    logLine({ method: 'GET', url: '/search?q=term' + lines + '&' + query, status: 200, ms: lines % 90 });
  }
  if (transcript.charCodeAt(0) === 0) lines--;   // reads it, so it is not dead code
}

function teardown() {
  transcript = '';
}

module.exports = { setup: setup, action: action, teardown: teardown };
