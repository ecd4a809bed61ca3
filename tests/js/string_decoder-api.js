// The StringDecoder API surface: encoding names, unknown encodings, strings passed
// through, non-buffer arguments, Uint8Array input, text(), the module's exports.
var sd = require('string_decoder');
var StringDecoder = sd.StringDecoder;

console.log('exports', Object.keys(sd));
console.log('node: prefix', require('node:string_decoder').StringDecoder === StringDecoder);
var names = [undefined, null, '', 'utf8', 'UTF-8', 'Utf8', 'ucs2', 'UCS-2', 'utf16le',
  'UTF-16LE', 'latin1', 'binary', 'BINARY', 'base64', 'base64url', 'hex', 'HEX', 'ascii'];
names.forEach(function (n) {
  console.log(JSON.stringify(n), '->', new StringDecoder(n).encoding);
});
['utf-16be', 'utf32', 5, true].forEach(function (n) {
  try {
    new StringDecoder(n);
    console.log(n, 'accepted');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
});

var d = new StringDecoder('utf8');
console.log('own keys', Object.keys(d));
console.log('string passes through', d.write('as is'), d.end('tail'));
d.write(Buffer.from([0xe2]));
console.log('string does not flush', JSON.stringify(d.write('x')), d.lastNeed);
console.log('then bytes complete it', d.write(Buffer.from([0x82, 0xac])));

[5, null, {}, [1, 2], new ArrayBuffer(2)].forEach(function (v) {
  try {
    new StringDecoder().write(v);
    console.log('accepted', v);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
});
console.log('end() of undefined', JSON.stringify(new StringDecoder().end()));
try {
  new StringDecoder().end(5);
} catch (e) {
  console.log('end(5)', e.code);
}

console.log('Uint8Array', new StringDecoder('hex').write(new Uint8Array([1, 2, 255])));
var u8 = new Uint8Array([0xe2, 0x82]);
var d2 = new StringDecoder();
console.log('Uint8Array split', JSON.stringify(d2.write(u8)), d2.write(new Uint8Array([0xac])));

var d3 = new StringDecoder('utf8');
d3.write(Buffer.from([0xe2]));
console.log('text() drops held bytes', d3.text(Buffer.from('xy\u20ac'), 2), d3.lastNeed);

var proto = Object.getOwnPropertyNames(StringDecoder.prototype).sort();
console.log('prototype', proto);
var desc = Object.getOwnPropertyDescriptor(StringDecoder.prototype, 'lastNeed');
console.log('lastNeed getter', typeof desc.get, desc.enumerable, desc.configurable);
