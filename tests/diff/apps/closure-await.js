// closure-await.js — every request awaits a promise that never settles: each suspended
// async call (its continuation on the promise's reactions) keeps its request.
'use strict';

const ready = new Promise(() => {});

async function handle(req) {
  await ready;
  return req.body.length;
}

let n = 0;
module.exports = {
  action() {
    for (let i = 0; i < 80; i++) {
      handle({ id: n, body: 'payload ' + n, headers: [n, n * 2] });
      n++;
    }
  }
};
