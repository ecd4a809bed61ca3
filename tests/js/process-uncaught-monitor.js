// 'uncaughtExceptionMonitor' listeners see every fatal error first, with its origin
// (uncaughtException or unhandledRejection), whether an 'uncaughtException' handler
// then takes it or not; with no handler the process still exits 1 after the monitor.
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor', e.message, origin));
const handler = (e, origin) => console.log('handler', e.message, origin);
process.on('uncaughtException', handler);
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { throw new Error('from timer'); }, 1);
Promise.reject(new Error('from promise'));
setTimeout(() => {
  process.off('uncaughtException', handler);
  Promise.reject(new RangeError('unhandled at last'));
}, 20);
