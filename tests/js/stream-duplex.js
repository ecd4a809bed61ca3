// Duplex: independent readable and writable sides; allowHalfOpen.
var stream = require('stream');

var received = [];
var d = new stream.Duplex({
  decodeStrings: false,
  read: function () {},
  write: function (chunk, enc, cb) {
    received.push(chunk);
    this.push('echo:' + chunk);
    cb();
  },
  final: function (cb) {
    console.log('final');
    this.push(null);
    cb();
  }
});
d.setEncoding('utf8');
d.on('data', function (c) { console.log('data', c); });
d.on('end', function () { console.log('end'); });
d.on('finish', function () { console.log('finish'); });
d.on('close', function () { console.log('close', received.join(',')); });
console.log('readable', d.readable, 'writable', d.writable, 'allowHalfOpen', d.allowHalfOpen);
d.write('a');
d.write('b');
d.end();

// allowHalfOpen: false ends the writable side when the readable side ends.
var d2 = new stream.Duplex({
  allowHalfOpen: false,
  read: function () { this.push(null); },
  write: function (c, e, cb) { cb(); }
});
d2.on('end', function () { console.log('d2 end, writableEnded', d2.writableEnded); });
d2.on('finish', function () { console.log('d2 finish'); });
d2.on('close', function () { console.log('d2 close'); });
d2.resume();

// readable: false / writable: false
var d3 = new stream.Duplex({ readable: false, write: function (c, e, cb) { cb(); } });
console.log('d3', d3.readable, d3.writable, d3.readableEnded);
var d4 = new stream.Duplex({ writable: false, read: function () {} });
console.log('d4', d4.readable, d4.writable, d4.writableFinished);
console.log('instanceof Readable', d instanceof stream.Readable, 'Duplex', d instanceof stream.Duplex);
