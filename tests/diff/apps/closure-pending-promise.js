// closure-pending-promise.js — every request waits on a connection promise that never
// settles: each then() adds a reaction whose closure keeps the request.
'use strict';

const dbReady = new Promise(() => {});

function handle(req) {
  dbReady.then(() => req.query.length);
}

let n = 0;
module.exports = {
  action() {
    for (let i = 0; i < 80; i++) {
      handle({ id: n, query: 'select * from t where id = ' + n, params: [n, n * 2] });
      n++;
    }
  }
};
