// EventEmitter.defaultMaxListeners applies to emitters without their own limit, including ones created earlier; invalid values throw.
var EventEmitter = require('events');
console.log(EventEmitter.defaultMaxListeners);
var before = new EventEmitter();
var own = new EventEmitter();
own.setMaxListeners(5);
EventEmitter.defaultMaxListeners = 1;
console.log(before.getMaxListeners(), own.getMaxListeners(), new EventEmitter().getMaxListeners());
var warned = [];
process.on('warning', function (w) { warned.push(w.count + ' ' + String(w.type)); });
function noop() {}
before.on('a', noop);
before.on('a', noop);
own.on('a', noop);
own.on('a', noop);
try { EventEmitter.defaultMaxListeners = -1; } catch (err) { console.log(err.name, err.code, err.message); }
try { EventEmitter.defaultMaxListeners = 'ten'; } catch (err) { console.log(err.name, err.code, err.message); }
try { EventEmitter.defaultMaxListeners = NaN; } catch (err) { console.log(err.name, err.code, err.message); }
console.log(EventEmitter.defaultMaxListeners);
EventEmitter.defaultMaxListeners = 10;
console.log(before.getMaxListeners(), EventEmitter.getMaxListeners(before));
EventEmitter.setMaxListeners(3);
console.log(EventEmitter.defaultMaxListeners);
var a = new EventEmitter(), b = new EventEmitter();
EventEmitter.setMaxListeners(7, a, b);
console.log(a.getMaxListeners(), b.getMaxListeners(), EventEmitter.defaultMaxListeners);
setImmediate(function () { console.log('warnings:', warned.join(';')); });
