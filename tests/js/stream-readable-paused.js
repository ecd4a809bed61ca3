// Paused mode: 'readable' events and read(n) with string chunks (size = length).
var stream = require('stream');

var r = new stream.Readable({ highWaterMark: 8, read: function () {} });
r.setEncoding('utf8');
console.log('flowing', r.readableFlowing, 'paused', r.isPaused());
r.push('abcdef');
r.push('ghij');
console.log('length', r.readableLength);
var count = 0;
r.on('readable', function () {
  count++;
  console.log('readable #' + count, 'length', r.readableLength);
  var c;
  if (count === 1) {
    console.log('read(3)', r.read(3));
    console.log('read(5)', r.read(5));
    console.log('read(100)', r.read(100));
    console.log('read()', r.read());
    console.log('read() again', r.read());
    r.push('klm');
    r.push(null);
  } else {
    while ((c = r.read()) !== null) console.log('chunk', c);
  }
});
r.on('end', function () { console.log('end, count', count, 'ended', r.readableEnded); });
console.log('flowing after on(readable)', r.readableFlowing);

var r2 = new stream.Readable({ read: function () {} });
r2.setEncoding('utf8');
r2.push('xy');
r2.push('zw');
console.log('r2 read(0)', r2.read(0), 'length', r2.readableLength);
console.log('r2 read(3)', r2.read(3), 'length', r2.readableLength);
console.log('r2 read(3)', r2.read(3), 'length', r2.readableLength);
r2.push(null);
console.log('r2 read(3) after eof', r2.read(3), 'length', r2.readableLength);
r2.on('end', function () { console.log('r2 end'); });
r2.resume();
