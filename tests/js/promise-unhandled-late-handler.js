// A handler attached before the rejection is processed (same tick round) prevents the event.
process.on('unhandledRejection', function (reason) { console.log('unhandled', reason); });
var a = Promise.reject('a');
process.nextTick(function () { a.catch(function (r) { console.log('caught in tick', r); }); });
var b = Promise.reject('b');
Promise.resolve().then(function () { b.catch(function (r) { console.log('caught in microtask', r); }); });
var c = Promise.reject('c');
setTimeout(function () { c.catch(function (r) { console.log('caught in timeout', r); }); }, 1);
