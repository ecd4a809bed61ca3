// clean-lazy-init.js — a big template table built lazily by the first request (during
// warm-up), then only read: a one-time allocation that happens inside action().

var templates = null;
var rendered = 0;

function getTemplates() {
  if (templates === null) {
    templates = {};
    for (var i = 0; i < 3000; i++) {
      templates['tpl-' + i] = { name: 'tpl-' + i, parts: ['<h1>', i, '</h1>', '<p>', '</p>'] };
    }
  }
  return templates;
}

function setup() {}

function action() {
  var t = getTemplates();
  for (var i = 0; i < 300; i++) rendered += t['tpl-' + ((rendered * 31) % 3000)].parts.length;
}

function teardown() {}

module.exports = { setup: setup, action: action, teardown: teardown };
