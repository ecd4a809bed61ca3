// cache-async-action.js — a scenario whose action() returns a promise (an async action
// awaiting a timer, as a request handler would): every response is cached by id and
// never evicted. The gate waits for each action's promise before the next one.
'use strict';

const responses = new Map();

function respond(id) {
  return new Promise((resolve) => setTimeout(() => resolve({ id, body: 'ok ' + id, tags: [id] }), 1));
}

let n = 0;
module.exports = {
  async action() {
    for (let i = 0; i < 40; i++) {
      const r = await respond(n);
      responses.set(n++, r);
    }
  },
  teardown() { responses.clear(); }
};
