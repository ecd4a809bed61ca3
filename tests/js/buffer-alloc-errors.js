// Size validation of alloc/allocUnsafe/allocUnsafeSlow/SlowBuffer: Node's codes and
// exact messages.
var SlowBuffer = require('buffer').SlowBuffer;
var makers = { alloc: Buffer.alloc, allocUnsafe: Buffer.allocUnsafe,
  allocUnsafeSlow: Buffer.allocUnsafeSlow, SlowBuffer: SlowBuffer };
var sizes = [-1, NaN, '5', null, undefined, Math.pow(2, 32) + 1, Infinity];
Object.keys(makers).forEach(function (name) {
  sizes.forEach(function (size) {
    try {
      makers[name](size);
      console.log(name, 'ok');
    } catch (e) {
      console.log(name, e.name, e.code, e.message);
    }
  });
});
