// Subclassing EventEmitter ES5-style with util.inherits and EventEmitter.call(this).
var EventEmitter = require('events');
var util = require('util');
function Job(name) {
  EventEmitter.call(this);
  this.name = name;
}
util.inherits(Job, EventEmitter);
Job.prototype.run = function () {
  this.emit('start', this.name);
  this.emit('done', this.name.length);
  return this;
};
var j = new Job('build');
j.on('start', function (n) { console.log('start', n, this instanceof Job); });
j.once('done', function (len) { console.log('done', len); });
j.run().run();
console.log(j instanceof EventEmitter, Job.super_ === EventEmitter);
console.log(Object.keys(j).join(','));
console.log(j.listenerCount('start'), j.listenerCount('done'), j.getMaxListeners());
var bare = Object.create(EventEmitter.prototype);
bare.on('x', function () { console.log('lazy _events works'); });
bare.emit('x');
console.log(typeof bare._events, bare._eventsCount);
