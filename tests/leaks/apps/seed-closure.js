// seed-closure.js — the seed's scenario 1, "closure references": createLeak() returns a
// closure that only reads bigData.length, yet keeps all of bigData alive. The handler
// keeps one such size getter per request in a list it never trims.
'use strict';

function createLeak() {
  const bigData = new Array(200);       // the seed has 1,000,000; kept small per request
  for (let i = 0; i < bigData.length; i++) bigData[i] = i * 3;
  return function () {
    return bigData.length;              // bigData cannot be garbage collected
  };
}

const sizeGetters = [];
let served = 0;

function handler(req, res) {
  const getSize = createLeak();
  sizeGetters.push(getSize);
  res.send(getSize() + req.id);
}

function setup() {}

function action() {
  const res = { send: function (v) { served += v > 0 ? 1 : 0; } };
  for (let i = 0; i < 100; i++) handler({ id: served + i }, res);
}

function teardown() {
  sizeGetters.length = 0;
}

module.exports = { setup, action, teardown };
