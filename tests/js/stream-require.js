// The shapes of require('stream'), require('node:stream'), require('stream/promises').
var stream = require('stream');
console.log('node: prefix same', require('node:stream') === stream);
console.log('promises same', require('node:stream/promises') === require('stream/promises'));
console.log('typeof stream', typeof stream);
['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'Stream', 'pipeline',
  'finished', 'destroy', 'addAbortSignal', 'isReadable', 'isWritable', 'isErrored',
  'isDisturbed', 'isDestroyed', 'getDefaultHighWaterMark', 'setDefaultHighWaterMark'
].forEach(function (k) {
  console.log(k, typeof stream[k]);
});
console.log('promises keys', Object.keys(require('stream/promises')).sort().join(','));
console.log('Readable.prototype.pipe', typeof stream.Readable.prototype.pipe);
console.log('Writable has no read', typeof stream.Writable.prototype.read);
console.log('Duplex has write and read', typeof stream.Duplex.prototype.write, typeof stream.Duplex.prototype.read);
console.log('Stream is EventEmitter subclass', new stream.Stream() instanceof require('events'));
console.log('Stream.listenerCount', typeof stream.listenerCount, typeof stream.Readable.once);
var util = require('util');
console.log('promisify(pipeline) is promises.pipeline', util.promisify(stream.pipeline) === stream.promises.pipeline);
console.log('promisify(finished) is promises.finished', util.promisify(stream.finished) === stream.promises.finished);
