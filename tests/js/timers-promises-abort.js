// timers/promises with an AbortSignal: abort rejects with an AbortError whose cause is
// the reason (after the same microtask turns as Node), an aborted signal rejects
// at once, and a cancelled timer never fires.
var tp = require('timers/promises');
var order = [];
var ac = new AbortController();
tp.setTimeout(50, 'x', { signal: ac.signal }).then(function () { order.push('fired?'); }, function (e) {
  order.push('timeout aborted ' + e.name + ' ' + e.code + ' ' + e.message + ' cause=' + e.cause);
});
var ac2 = new AbortController();
tp.setImmediate('y', { signal: ac2.signal }).then(function () { order.push('fired?'); }, function (e) {
  order.push('immediate aborted ' + e.code + ' cause=' + e.cause);
});
tp.setTimeout(1, 'z', { signal: AbortSignal.abort('pre') }).then(null, function (e) {
  order.push('pre-aborted ' + e.code + ' cause=' + e.cause);
});
Promise.resolve().then(function () { order.push('microtask'); });
ac.abort('because');
ac2.abort();
var ac3 = new AbortController();
tp.setTimeout(1, 'kept', { signal: ac3.signal }).then(function (v) {
  order.push('resolved ' + v);
  ac3.abort();
});
setTimeout(function () {
  console.log(order.join('\n'));
  console.log('listeners left', require('events').getEventListeners(ac3.signal, 'abort').length);
}, 80);
