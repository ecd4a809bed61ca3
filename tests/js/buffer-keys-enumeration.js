// A Uint8Array's or Buffer's indices are own enumerable properties: Object.keys,
// for-in over a Uint8Array, getOwnPropertyNames, hasOwnProperty, propertyIsEnumerable,
// getOwnPropertyDescriptor, and JSON.stringify of a Uint8Array.
var u = new Uint8Array([5, 6, 7]);
var keys = [];
for (var k in u) keys.push(k);
console.log(keys, Object.keys(u), Object.getOwnPropertyNames(u));
var b = Buffer.from('ab');
b.extra = 1;
console.log(Object.keys(b), Object.getOwnPropertyNames(Buffer.alloc(2)));
console.log(b.hasOwnProperty(0), b.hasOwnProperty('1'), b.hasOwnProperty(2), b.hasOwnProperty('length'),
  b.propertyIsEnumerable(0), b.propertyIsEnumerable(5), b.propertyIsEnumerable('extra'));
console.log(Object.getOwnPropertyDescriptor(b, 1), Object.getOwnPropertyDescriptor(b, 2), Object.getOwnPropertyDescriptor(b, 'length'));
console.log(JSON.stringify(u), JSON.stringify({ u: new Uint8Array(0), v: new Uint8Array([1]) }), JSON.stringify(new ArrayBuffer(2)));
console.log(Object.keys(new ArrayBuffer(3)), Object.keys(Buffer.alloc(0)), Object.keys(Buffer.alloc(3).subarray(1)));
