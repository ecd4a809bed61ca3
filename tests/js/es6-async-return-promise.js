// Returning a promise from an async function costs two extra ticks (the thenable job);
// `return await` does not; a thenable returned or awaited is called in a later tick.
const log = [];
const p = (x) => log.push(x);
async function plain() { return 'plain'; }
async function returnsPromise() { return Promise.resolve('returned promise'); }
async function returnsAwait() { return await Promise.resolve('return await'); }
async function returnsThenable() { return { then(r) { p('thenable.then called'); r('thenable'); } }; }
async function awaitsThenable() { const v = await { then(r) { p('awaited thenable.then called'); r('t'); } }; return 'awaited ' + v; }
returnsPromise().then(p);
returnsAwait().then(p);
plain().then(p);
returnsThenable().then(p);
awaitsThenable().then(p);
let i = 0;
(function tick() { p('tick ' + i); if (++i < 8) Promise.resolve().then(tick); })();
setTimeout(() => console.log(log.join('\n')), 5);
