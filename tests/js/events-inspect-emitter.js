// util.inspect/console.log of emitters show Node's own symbols [Symbol(shapeMode)] and [Symbol(kCapture)] after the keys.
var EventEmitter = require('events');
var util = require('util');
console.log(new EventEmitter());
var e = new EventEmitter({ captureRejections: true });
e.on('data', function onData() {});
e.once('end', function onEnd() {});
console.log(e);
function Job() { EventEmitter.call(this); this.id = 7; }
util.inherits(Job, EventEmitter);
console.log([new Job()]);
console.log(util.inspect({ job: new Job() }, { depth: 0 }));
var bare = Object.create(EventEmitter.prototype);
bare.on('x', function () {});
console.log(bare);
console.log(Object.keys(new EventEmitter()), JSON.stringify(new Job()));
console.log(util.isDeepStrictEqual(new EventEmitter(), new EventEmitter()));
