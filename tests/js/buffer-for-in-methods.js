// for-in over a Buffer visits its indices, then the enumerable methods of
// Buffer.prototype in Node's order.
var names = [];
for (var k in Buffer.from('ab')) names.push(k);
console.log(names.join(' '));
