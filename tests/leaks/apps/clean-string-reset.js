// clean-string-reset.js — a response body built by string concatenation, per action,
// then handed over and reset: a growing string that is dropped every time.

var body = '';
var sent = 0;

function write(line) {
  body += line + '\n';
}

function flushBody() {
  sent += body.length;
  body = '';
}

function setup() {}

function action() {
  for (var i = 0; i < 300; i++) write('<li>item ' + i + ' of page ' + sent + '</li>');
  flushBody();
}

function teardown() {}

module.exports = { setup: setup, action: action, teardown: teardown };
