// 'end' comes after every 'data', on a later tick, with nextTicks and microtasks
// interleaved in Node's order.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.setEncoding('utf8');
r.on('data', function (d) {
  console.log('data', d);
  process.nextTick(function () { console.log('tick after data', d); });
  Promise.resolve().then(function () { console.log('micro after data', d); });
});
r.on('end', function () {
  console.log('end');
  process.nextTick(function () { console.log('tick after end'); });
});
r.on('close', function () { console.log('close'); });
r.on('resume', function () { console.log('resume event'); });
r.push('a');
r.push('b');
console.log('pushed a,b sync');
process.nextTick(function () {
  console.log('tick 1');
  r.push('c');
  r.push(null);
  console.log('pushed c,null');
  process.nextTick(function () { console.log('tick 2'); });
});
Promise.resolve().then(function () { console.log('micro 1'); });
setImmediate(function () { console.log('immediate'); });

// Async pushes: flowing already on.
var r2 = new stream.Readable({
  objectMode: true,
  read: function () {
    var self = this;
    if (!self.n) self.n = 0;
    self.n++;
    var n = self.n;
    setImmediate(function () {
      if (n > 3) self.push(null);
      else self.push('x' + n);
    });
  }
});
r2.on('data', function (d) { console.log('r2 data', d); process.nextTick(function () { console.log('r2 tick', d); }); });
r2.on('end', function () { console.log('r2 end'); });
r2.on('close', function () { console.log('r2 close'); });
