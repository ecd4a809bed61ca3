// listener-ticker.js — a widget subscribes to a shared ticker on every render and never
// unsubscribes: the 'tick' listener list grows by 50 per action.
'use strict';
const EventEmitter = require('events');

const ticker = new EventEmitter();
ticker.setMaxListeners(0);

function render(n) {
  const view = { id: n, rows: [n, n + 1, n + 2] };
  ticker.on('tick', function redraw() { return view.rows.length; });
}

let n = 0;
module.exports = {
  action() { for (let i = 0; i < 50; i++) render(n++); },
  teardown() { ticker.removeAllListeners(); }
};
