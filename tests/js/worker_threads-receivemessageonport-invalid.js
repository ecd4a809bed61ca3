// receiveMessageOnPort rejects anything that is not a MessagePort, with Node's code and message
const { receiveMessageOnPort } = require('worker_threads');
for (const bad of [{}, null, 1, 'port']) {
  try { receiveMessageOnPort(bad); console.log('no throw'); }
  catch (e) { console.log(e.code, e.message); }
}
