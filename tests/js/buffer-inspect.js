// util.inspect and console.log of Buffers: hex bytes, "... N more bytes" after
// INSPECT_MAX_BYTES, own properties, nesting, and buf.inspect().
var util = require('util');
var buffer = require('buffer');
var b = Buffer.from('hello');
console.log(b);
console.log(util.inspect(b), b.inspect(), String(util.inspect(Buffer.alloc(0))));
console.log(util.inspect(Buffer.alloc(51)));
console.log(util.inspect(Buffer.alloc(52)));
console.log(util.inspect(Buffer.alloc(50, 0xab)));
console.log({ data: b, list: [b, Buffer.from([1])] });
var extra = Buffer.from('ab');
extra.note = 'x';
extra.n = 1;
console.log(extra, util.inspect(Buffer.alloc(0)), util.format('%s|%o', Buffer.from('a'), Buffer.from('b')));
var withProp = Buffer.alloc(0);
withProp.k = true;
console.log(withProp);
buffer.INSPECT_MAX_BYTES = 2;
console.log(b, util.inspect(Buffer.from('abc')));
buffer.INSPECT_MAX_BYTES = 0;
console.log(b);
buffer.INSPECT_MAX_BYTES = 50;
console.log(util.inspect(b, { customInspect: false }));
console.log(util.inspect(b.subarray(1, 3), { customInspect: false, showHidden: false }));
