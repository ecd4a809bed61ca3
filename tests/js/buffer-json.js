// toJSON and JSON.stringify of Buffers (alone and nested), and reviving them.
var b = Buffer.from('hi!');
console.log(b.toJSON(), JSON.stringify(b), JSON.stringify({ a: b, list: [Buffer.alloc(0)] }));
var revived = JSON.parse(JSON.stringify({ data: b }), function (key, value) {
  return value && value.type === 'Buffer' ? Buffer.from(value.data) : value;
});
console.log(revived.data.toString(), Buffer.isBuffer(revived.data));
console.log(Buffer.from(b.toJSON()).toString(), JSON.stringify(b.subarray(1)));
