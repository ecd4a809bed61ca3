// emit('error') with no listener throws: an Error as-is, anything else as ERR_UNHANDLED_ERROR "Unhandled error. (<inspected>)".
var EventEmitter = require('events');
var e = new EventEmitter();
var boom = new Error('boom');
try { e.emit('error', boom); } catch (err) { console.log(err === boom, err.message); }
function show(arg, label) {
  try {
    if (arguments.length === 0) e.emit('error'); else e.emit('error', arg);
  } catch (err) {
    console.log(label, '|', err.name, '|', err.code, '|', err.message, '|', err.context === arg, err instanceof Error);
  }
}
show('x', 'string');
show(42, 'number');
show({ a: 1, b: 'two' }, 'object');
show([1, 'a'], 'array');
show(null, 'null');
show();
var t = new TypeError('typed');
try { e.emit('error', t, 'extra'); } catch (err) { console.log(err === t, err.name); }
e.on('error', function (er) { console.log('handled', er); });
console.log(e.emit('error', 'fine'));
