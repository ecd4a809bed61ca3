process.on('uncaughtException', (e, origin) => { console.log('handler', e.message, origin); });
process.on('unhandledRejection', (r, p) => { console.log('unhandled', r.message, p instanceof Promise); });
setTimeout(() => { throw new Error('from timer'); }, 1);
Promise.reject(new Error('rejected'));
(async () => { throw new Error('async fn'); })();
setTimeout(() => console.log('still running'), 5);
