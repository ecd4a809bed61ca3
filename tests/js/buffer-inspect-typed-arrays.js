// util.inspect of Uint8Array and ArrayBuffer: Node's layouts, long contents, own
// properties, showHidden, and an empty ArrayBuffer.
var util = require('util');
console.log(new Uint8Array([1, 2, 3]), new Uint8Array(0), new ArrayBuffer(0));
console.log(util.inspect(new Uint8Array(30)));
console.log(util.inspect(new Uint8Array(120)));
var ab = new ArrayBuffer(4);
new Uint8Array(ab)[1] = 255;
console.log(ab, util.inspect(new ArrayBuffer(60)));
console.log(util.inspect(new Uint8Array([1, 2]), { showHidden: true }));
console.log(util.inspect(new ArrayBuffer(2), { showHidden: true }));
var u = new Uint8Array(3);
u.label = 'x';
console.log(u, [new Uint8Array([7])], { ab: new ArrayBuffer(1) });
console.log(util.inspect(new Uint8Array(5), { maxArrayLength: 2 }), util.inspect(new ArrayBuffer(5), { maxArrayLength: 2 }));
console.log(util.inspect({ deep: { deeper: { deepest: new Uint8Array(2) } } }, { depth: 1 }));
