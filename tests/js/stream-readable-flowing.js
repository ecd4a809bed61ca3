// readableFlowing: null -> true (data/resume/pipe) -> false (pause/unpipe), and
// what each state does with pushed data.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.setEncoding('utf8');
console.log('initial', r.readableFlowing, r.isPaused());
r.pause();
console.log('after pause', r.readableFlowing, r.isPaused());
r.on('data', function (d) { console.log('data', d); });
console.log('after on(data) while paused', r.readableFlowing);
r.push('one');
setImmediate(function () {
  console.log('still paused, buffered', r.readableLength);
  r.resume();
  console.log('after resume', r.readableFlowing, r.isPaused());
  setImmediate(function () {
    console.log('length after resume', r.readableLength);
    r.readableFlowing = false;
    console.log('set flowing false', r.readableFlowing);
    r.push('two');
    setImmediate(function () {
      console.log('buffered while false', r.readableLength);
      r.resume();
      r.push(null);
      r.on('end', function () { console.log('end'); });
    });
  });
});

var r2 = new stream.Readable({ read: function () {} });
r2.on('pause', function () { console.log('r2 pause event'); });
r2.on('resume', function () { console.log('r2 resume event'); });
r2.resume();
console.log('r2 after resume', r2.readableFlowing);
r2.pause();
r2.pause();
console.log('r2 after pause x2', r2.readableFlowing);
r2.resume();
r2.resume();
