// The `signal` option holds the EventTarget only weakly (Node's kWeakHandler): targets
// nothing else keeps are collected although a long-lived signal watches their
// listeners, and the signal's 'abort' listeners for them go once they are; a kept
// target's listener still goes on abort; removing a listener removes the signal's.
const { getEventListeners, setMaxListeners } = require('events');
const ac = new AbortController();
setMaxListeners(200, ac.signal);
let collected = 0;
const registry = new FinalizationRegistry(() => { collected++; });
(function () {
  for (let i = 0; i < 100; i++) {
    const t = new EventTarget();
    // the listener closes over its own target: still collectable
    t.addEventListener('ping', () => t.dispatchEvent(new Event('pong')), { signal: ac.signal });
    registry.register(t, i);
  }
})();
const kept = new EventTarget();
let calls = 0;
kept.addEventListener('ping', () => calls++, { signal: ac.signal });
const other = new EventTarget();
const onPing = () => calls += 100;
other.addEventListener('ping', onPing, { signal: ac.signal });
console.log('abort listeners', getEventListeners(ac.signal, 'abort').length);
other.removeEventListener('ping', onPing);
console.log('after removeEventListener', getEventListeners(ac.signal, 'abort').length);
setTimeout(() => {
  global.gc();
  setTimeout(() => {
    console.log('targets collected', collected);
    console.log('abort listeners after gc', getEventListeners(ac.signal, 'abort').length);
    kept.dispatchEvent(new Event('ping'));
    ac.abort();
    kept.dispatchEvent(new Event('ping'));
    other.dispatchEvent(new Event('ping'));
    console.log('calls', calls, 'abort listeners at end', getEventListeners(ac.signal, 'abort').length);
    console.log('kept listeners', getEventListeners(kept, 'ping').length);
  }, 10);
}, 1);
