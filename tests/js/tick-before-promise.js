// nextTick callbacks run before promise reactions queued in the same turn.
Promise.resolve().then(function () { console.log('promise 1'); });
process.nextTick(function () { console.log('tick 1'); });
Promise.resolve().then(function () { console.log('promise 2'); });
process.nextTick(function () { console.log('tick 2'); });
console.log('sync');
