// listener-bind-mismatch.js — a Widget subscribes this.onTick.bind(this) to a clock bus
// and its dispose() "unsubscribes" with a second, different bind(): removeListener finds
// no such function, so every disposed widget stays on the 'tick' list.
'use strict';
const EventEmitter = require('events');

const clockBus = new EventEmitter();
clockBus.setMaxListeners(0);

class Widget {
  constructor(id) {
    this.id = id;
    this.frames = [];
    for (let f = 0; f < 30; f++) this.frames.push(id + f);
    this.title = 'widget ' + id;
    clockBus.on('tick', this.onTick.bind(this));
  }
  onTick() {
    this.frames.push(this.frames.length);
  }
  dispose() {
    clockBus.removeListener('tick', this.onTick.bind(this));   // a new function: no-op
  }
}

let made = 0;

function setup() {}

function action() {
  for (let i = 0; i < 100; i++) {
    const w = new Widget(made++);
    w.dispose();
  }
}

function teardown() {
  clockBus.removeAllListeners('tick');
}

module.exports = { setup, action, teardown };
