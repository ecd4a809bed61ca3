// process.stdout and process.stderr are Writable streams made once, on first access;
// with output to a file they are Node's SyncWriteStream ('fs'), not TTYs.
var stream = require('stream');
var out = process.stdout;
var err = process.stderr;
console.log('same object each time:', out === process.stdout, err === process.stderr);
console.log('instanceof Writable:', out instanceof stream.Writable, err instanceof stream.Writable);
console.log('instanceof Readable:', out instanceof stream.Readable);
console.log('constructor:', out.constructor.name, '_type:', out._type);
console.log('fd:', out.fd, err.fd, '_isStdio:', out._isStdio, err._isStdio);
console.log('isTTY:', out.isTTY, err.isTTY);
console.log('writable:', out.writable, 'readable:', out.readable);
console.log('writableHighWaterMark:', out.writableHighWaterMark);
console.log('writableLength:', out.writableLength, 'writableObjectMode:', out.writableObjectMode);
console.log('writableEnded:', out.writableEnded, 'writableFinished:', out.writableFinished);
console.log('destroyed:', out.destroyed, 'writableCorked:', out.writableCorked);
console.log('destroySoon is destroy:', out.destroySoon === out.destroy);
console.log('methods:', typeof out.write, typeof out.end, typeof out.cork, typeof out.on);
var d = Object.getOwnPropertyDescriptor(process, 'stdout');
console.log('process.stdout is a getter:', typeof d.get, 'enumerable:', d.enumerable,
  'configurable:', d.configurable);
console.log('in Object.keys(process):', Object.keys(process).indexOf('stdin') >= 0,
  Object.keys(process).indexOf('stdout') >= 0, Object.keys(process).indexOf('stderr') >= 0);
