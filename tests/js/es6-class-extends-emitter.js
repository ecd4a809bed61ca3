// A class extending EventEmitter can emit and listen.
const EventEmitter = require('events');
class Bus extends EventEmitter {
  constructor() {
    super();
    this.count = 0;
  }
  send(v) { this.count++; this.emit('msg', v); }
}
const b = new Bus();
b.on('msg', v => console.log('got', v));
b.send(1);
b.send(2);
console.log(b.count, b instanceof EventEmitter, b.listenerCount('msg'));
