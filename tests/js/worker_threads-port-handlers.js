// MessagePort onmessage/onmessageerror properties, addEventListener events, close()
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
console.log('initial', port2.onmessage, port2.onmessageerror);
const onerr = () => {};
port2.onmessageerror = onerr;
console.log('set onmessageerror', port2.onmessageerror === onerr, port2.listenerCount('messageerror'));
port2.onmessageerror = null;
console.log('cleared', port2.onmessageerror, port2.listenerCount('messageerror'));
const got = [];
port2.onmessage = (ev) => {
  got.push(`${ev.type}:${JSON.stringify(ev.data)}`);
  if (got.length === 2) {
    port2.onmessage = null;
    console.log(got.join(' '), 'listeners after clear', port2.listenerCount('message'));
    port2.close();
  }
};
port2.on('close', () => console.log('closed'));
port1.postMessage({ a: 1 });
port1.postMessage([1, 'two']);
