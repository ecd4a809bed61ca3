// Buffer.from with arrays, array-likes, Buffers, typed arrays, {type:'Buffer', data},
// boxed strings and objects with valueOf; elements become ToNumber modulo 256.
console.log(Buffer.from([1, 2, 255, 256, -1, 1.9, '7', 'x', null, true]));
console.log(Buffer.from({ length: 3, 0: 10, 1: 20 }));
console.log(Buffer.from({ length: '2', 0: 1 }).length, Buffer.from({ length: 2.7, 0: 5, 1: 6 }));
console.log(Buffer.from({ type: 'Buffer', data: [104, 105] }).toString());
console.log(Buffer.from(new String('str')).toString(), Buffer.from(new String('6869'), 'hex').toString());
console.log(Buffer.from({ valueOf: function () { return 'fromValueOf'; } }).toString());
console.log(Buffer.from({ valueOf: function () { return [7, 8]; } }));
var src = Buffer.from('copy');
var copy = Buffer.from(src);
copy[0] = 67;
console.log(src.toString(), copy.toString());
var u8 = new Uint8Array([9, 8, 7]);
var fromU8 = Buffer.from(u8);
fromU8[0] = 0;
console.log(u8[0], fromU8, Buffer.from([]).length);
