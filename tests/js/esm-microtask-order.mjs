// An ES module main runs inside a promise job, as in Node: promise callbacks queued
// by its top level run before process.nextTick callbacks (the reverse of CommonJS).
var order = [];
process.nextTick(function () { order.push('nextTick'); });
Promise.resolve().then(function () { order.push('promise'); });
queueMicrotask(function () { order.push('queueMicrotask'); });
setTimeout(function () { order.push('timeout'); console.log(order.join(' ')); }, 0);
order.push('sync');
