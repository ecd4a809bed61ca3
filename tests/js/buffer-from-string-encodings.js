// Buffer.from(string, encoding) in each of Node's encodings, shown as hex.
var encodings = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1',
  'binary', 'ascii', 'base64', 'base64url', 'hex', 'HEX'];
var strings = ['', 'hello', 'h\u00e9llo', '\u20ac5', 'a\u0000b', '\u00ff\u0100', 'aGk=', 'aGk', 'a-_b', '0aFf', 'x'];
encodings.forEach(function (enc) {
  var row = [];
  strings.forEach(function (s) {
    row.push(Buffer.from(s, enc).toString('hex') || '-');
  });
  console.log(enc, row.join(' '));
});
console.log(Buffer.from('abc', undefined).toString('hex'), Buffer.from('abc', '').toString('hex'),
  Buffer.from('abc', null).toString('hex'));
