// The global timer functions have Node's arity (a refactor once changed them).
console.log(setTimeout.length, setInterval.length, setImmediate.length);
console.log(clearTimeout.length, clearInterval.length, clearImmediate.length);
console.log(queueMicrotask.length, process.nextTick.length);
console.log(setTimeout.name, setInterval.name, setImmediate.name);
