// unhandledRejection for an Error, a string and undefined, rejectionHandled for a late catch,
// then an uncaughtException from a timer: the events' order and arguments (Node's output).
process.on('unhandledRejection', (reason, p) => {
  console.log('unhandledRejection', reason instanceof Error ? reason.message : reason, p instanceof Promise);
});
process.on('rejectionHandled', (p) => console.log('rejectionHandled', p instanceof Promise));
process.on('uncaughtException', (err, origin) => { console.log('uncaught', err.message, origin); });
process.on('exit', (c) => console.log('exit', c));
const p = Promise.reject(new Error('late handled'));
setTimeout(() => { p.catch(() => console.log('caught late')); }, 10);
Promise.reject('str reason');
setTimeout(() => { throw new Error('from timer'); }, 20);
new Promise((_, rej) => rej(undefined));
