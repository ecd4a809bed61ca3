// clean-replace-latest.js — a dashboard keeps only the latest computed snapshot in a
// module variable, rebuilt every action from scratch: a lot of new objects each time,
// always alive at a checkpoint, but the old snapshot is dropped when the new one lands.
'use strict';

let latestDashboard = null;
let round = 0;

function compute() {
  const widgets = [];
  for (let i = 0; i < 400; i++) {
    widgets.push({ id: i, title: 'widget ' + i + ' @' + round, series: [i, round, (i * round) % 97] });
  }
  return { round: round++, widgets: widgets };
}

function setup() {}

function action() {
  latestDashboard = compute();
}

function teardown() {
  latestDashboard = null;
}

module.exports = { setup, action, teardown };
