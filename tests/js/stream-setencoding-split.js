// setEncoding() decodes with a StringDecoder: a multi-byte character split across
// push() calls comes out whole; buffered Buffers are converted when setEncoding() is
// called late, and readableLength then counts characters.
var stream = require('stream');

var euro = Buffer.from('\u20ac');
var r = new stream.Readable({ read: function () {} });
r.setEncoding('utf8');
var out = [];
r.on('data', function (s) { out.push(JSON.stringify(s) + ':' + s.length); });
r.on('end', function () { console.log('utf8 data', out.join(' ')); });
r.push(euro.subarray(0, 1));
r.push(euro.subarray(1, 2));
r.push(Buffer.concat([euro.subarray(2), Buffer.from('x'), euro.subarray(0, 2)]));
r.push(Buffer.concat([euro.subarray(2), Buffer.from([0xe2, 0x82])]));
r.push(null);

// Late setEncoding: Buffers already buffered are decoded together.
var r2 = new stream.Readable({ read: function () {} });
r2.push(Buffer.from([0xe2]));
r2.push(Buffer.from([0x82, 0xac, 0xe2, 0x82]));
console.log('before setEncoding length', r2.readableLength);
r2.setEncoding('utf8');
console.log('after setEncoding length', r2.readableLength);
r2.push(Buffer.from([0xac, 0x21]));
console.log('pushed more', r2.readableLength);
console.log('read()', JSON.stringify(r2.read()));

// The encoding option; strings pushed in the same encoding are kept as they are.
var r3 = new stream.Readable({ encoding: 'hex', read: function () {} });
r3.push(Buffer.from([1, 2]));
r3.push('ff', 'hex');
r3.push('A');
console.log('hex', JSON.stringify(r3.read()), r3.readableEncoding);

var r4 = new stream.Readable({ read: function () {} });
r4.setEncoding('base64');
var b64 = [];
r4.on('data', function (s) { b64.push(s); });
r4.on('end', function () { console.log('base64', b64.join('|')); });
r4.push(Buffer.from([1]));
r4.push(Buffer.from([2, 3, 4]));
r4.push(Buffer.from([5]));
r4.push(null);

var r5 = new stream.Readable({ read: function () {} });
r5.setEncoding('utf16le');
r5.push(Buffer.from([0x61]));
r5.push(Buffer.from([0x00, 0x3d, 0xd8, 0x00]));
r5.push(Buffer.from([0xde]));
console.log('utf16le', r5.read() === 'a\ud83d\ude00', r5.readableLength);

// read(n) with a decoder counts characters.
var r6 = new stream.Readable({ encoding: 'utf8', read: function () {} });
r6.push('\u20ac\u20acab');
r6.push('cd');
console.log('read(3)', JSON.stringify(r6.read(3)), r6.readableLength);
console.log('read(2)', JSON.stringify(r6.read(2)), r6.readableLength);
