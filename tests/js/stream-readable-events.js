// Order of 'pause'/'resume'/'data'/'readable'/'end'/'close' and stream.on('readable')
// switching a flowing stream to paused mode.
var stream = require('stream');

var log = [];
var r = new stream.Readable({
  read: function () {
    log.push('_read');
  }
});
r.setEncoding('utf8');
['pause', 'resume', 'end', 'close'].forEach(function (ev) {
  r.on(ev, function () { console.log('event', ev); });
});
r.on('data', function (d) { console.log('data', d); });
console.log('flowing', r.readableFlowing);
r.push('1');
process.nextTick(function () {
  console.log('tick: flowing', r.readableFlowing, 'reads', log.length);
  r.pause();
  r.push('2');
  console.log('paused, buffered', r.readableLength);
  setImmediate(function () {
    r.on('readable', function () {
      var c;
      while ((c = r.read()) !== null) console.log('readable read', c);
    });
    console.log('after on(readable): flowing', r.readableFlowing);
    r.resume();
    console.log('resume with readable listener: flowing', r.readableFlowing);
    r.push('3');
    r.push(null);
  });
});

// once('readable') then removing it lets data flow again.
var r2 = new stream.Readable({ read: function () {} });
r2.setEncoding('utf8');
r2.once('readable', function () {
  console.log('r2 readable once, read', r2.read());
  r2.on('data', function (d) { console.log('r2 data', d); });
});
r2.push('first');
setImmediate(function () {
  console.log('r2 flowing', r2.readableFlowing);
  r2.push('second');
  r2.push(null);
  r2.on('end', function () { console.log('r2 end'); });
});
