// listener-custom-subscribe.js — a hand-rolled store (not an EventEmitter) with
// subscribe() returning an unsubscribe function that callers drop: each request's
// render callback stays in store.subscribers. Growing: closures from one site.
'use strict';

function createStore(state) {
  const subscribers = [];
  return {
    subscribers,
    getState() { return state; },
    subscribe(fn) {
      subscribers.push(fn);
      return function unsubscribe() {
        const i = subscribers.indexOf(fn);
        if (i >= 0) subscribers.splice(i, 1);
      };
    },
    dispatch(a) { state = Object.assign({}, state, a); subscribers.forEach((f) => f(state)); }
  };
}

const store = createStore({ theme: 'dark', user: null });
let renders = 0;

function renderPage(req) {
  const view = { path: req.path, blocks: [req.id, 'header', 'body', 'footer'] };
  store.subscribe(function rerender(state) {
    view.theme = state.theme;
  });
  renders++;
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) renderPage({ id: renders, path: '/page/' + renders });
}

function teardown() {
  store.subscribers.length = 0;
}

module.exports = { setup, action, teardown };
