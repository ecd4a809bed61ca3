// EventEmitter as scripts use it: prepend/once ordering, listenerCount, emitting 'error'
// without a listener (Error, string, object, nothing), events.once resolve/reject, capture-
// Rejections, events.on with an AbortSignal, max listeners warning, newListener/removeListener.
const EventEmitter = require('events');
const { once, on } = EventEmitter;
const e = new EventEmitter();
e.on('data', (x) => console.log('on', x));
e.prependListener('data', (x) => console.log('prepend', x));
e.once('data', (x) => console.log('once', x));
e.prependOnceListener('data', (x) => console.log('prependOnce', x));
console.log(e.listenerCount('data'), e.eventNames(), e.rawListeners('data').length);
e.emit('data', 1);
e.emit('data', 2);
console.log(e.listenerCount('data'));
try { e.emit('error', new Error('no listener')); } catch (err) { console.log('thrown:', err.message); }
try { e.emit('error', 'plain string'); } catch (err) { console.log('thrown:', err.message, err.code, err.context); }
try { e.emit('error', { custom: 1 }); } catch (err) { console.log('thrown:', err.message, err.code); }
try { e.emit('error'); } catch (err) { console.log('thrown:', err.message, err.code); }
console.log(e.emit('nothing'), e.emit('data', 3));
e.removeAllListeners('data');
console.log(e.listenerCount('data'), e.eventNames());
(async () => {
  const em = new EventEmitter();
  setTimeout(() => em.emit('ready', 'a', 'b'), 1);
  console.log('once resolved', await once(em, 'ready'));
  setTimeout(() => em.emit('error', new Error('once err')), 1);
  try { await once(em, 'ready'); } catch (err) { console.log('once rejected', err.message); }
  const ee = new EventEmitter({ captureRejections: true });
  ee.on('evt', async () => { throw new Error('async listener failed'); });
  ee.on('error', (err) => console.log('captured', err.message));
  ee.emit('evt');
  await new Promise((r) => setTimeout(r, 5));
  const it = new EventEmitter();
  setTimeout(() => { it.emit('x', 1); it.emit('x', 2); it.emit('end'); }, 1);
  const ac = new AbortController();
  it.once('end', () => ac.abort());
  try {
    for await (const v of on(it, 'x', { signal: ac.signal })) console.log('on iter', v);
  } catch (err) { console.log('iter ended', err.name); }
  console.log(EventEmitter.listenerCount(it, 'x'), EventEmitter.defaultMaxListeners);
  const lim = new EventEmitter();
  lim.setMaxListeners(1);
  lim.on('a', () => {}); lim.on('a', () => {});
  console.log(lim.getMaxListeners());
  class MyEm extends EventEmitter {}
  const my = new MyEm();
  my.on('newListener', (ev, fn) => console.log('newListener', ev, typeof fn));
  my.on('removeListener', (ev) => console.log('removeListener', ev));
  const f = () => {};
  my.on('q', f); my.off('q', f);
  console.log(my instanceof EventEmitter, Object.keys(my));
})();
