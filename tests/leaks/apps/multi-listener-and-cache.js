// multi-listener-and-cache.js — two independent leaks in one app, as in a real service:
// a per-request 'config' listener on a long-lived settings emitter, and a Map of
// rendered pages that is never evicted. Each should be reported once, separately.
'use strict';
const EventEmitter = require('events');

const settings = new EventEmitter();
settings.setMaxListeners(0);
const renderedPages = new Map();
let next = 0;

function render(req) {
  const page = { url: req.url, html: '<main>' + req.url + '</main>', size: req.url.length };
  renderedPages.set(req.url, page);
  settings.on('config', function refreshLocale(cfg) {
    return cfg.locale === req.lang ? req.url : null;
  });
  return page.size;
}

function setup() {}

function action() {
  for (let i = 0; i < 100; i++) render({ url: '/articles/' + next, lang: 'lang-' + (next++ % 7), accept: ['text/html'] });
}

function teardown() {
  settings.removeAllListeners('config');
  renderedPages.clear();
}

module.exports = { setup, action, teardown };
