// process 'unhandledRejection' gets the error an async function threw, and its promise;
// a handler added later fires 'rejectionHandled'.
const pending = [];
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason.message, promise instanceof Promise);
  pending.push(promise);
});
process.on('rejectionHandled', (promise) => console.log('rejectionHandled', pending.indexOf(promise) !== -1));
async function boom() { throw new RangeError('sync part'); }
async function later() { await new Promise((r) => setTimeout(r, 1)); throw new Error('after await'); }
const p1 = boom();
later();
setTimeout(() => {
  p1.catch((e) => console.log('caught late', e.name));
}, 20);
setTimeout(() => console.log('exit normally'), 40);
