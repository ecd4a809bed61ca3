// closure-private-field.js — a Router keeps its middleware in a private field
// (#middleware); a request handler mistakenly calls router.use() per request to add a
// per-request authorisation check, so the list of closures grows with every request.
'use strict';

class Router {
  #middleware = [];
  #hits = 0;
  use(fn) {
    this.#middleware.push(fn);
  }
  handle(req) {
    this.#hits++;
    return this.#middleware.length > 0 && req.id >= 0;
  }
}

const router = new Router();
let next = 0;

function serve(req) {
  const token = { user: 'user-' + req.id, scopes: ['read', 'write'], issued: req.id };
  router.use(function checkToken(r) {
    return r.user === token.user;
  });
  return router.handle(req);
}

function setup() {}

function action() {
  for (let i = 0; i < 150; i++) serve({ id: next++, path: '/docs' });
}

function teardown() {}

module.exports = { setup, action, teardown };
