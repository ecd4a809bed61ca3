// Built-in modules events/util/path/timers can be required and expose their main API.
var events = require('events');
var util = require('util');
var path = require('path');
var timers = require('timers');
console.log(typeof events, events === events.EventEmitter, typeof events.once);
console.log(typeof util.format, typeof util.inspect, typeof util.inherits, typeof util.promisify);
console.log(typeof path.join, path.join('a', 'b', '../c'), path.sep, path.delimiter);
console.log(typeof timers.setTimeout, typeof timers.setImmediate, typeof timers.clearTimeout);
console.log(timers.setTimeout === setTimeout);
var e = new events();
e.on('x', function (v) { console.log('event x', v); });
e.emit('x', util.format('%s-%d', 'a', 1));
