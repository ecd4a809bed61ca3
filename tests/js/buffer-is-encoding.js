// Buffer.isEncoding accepts Node's encoding names in any case and nothing else.
var names = ['utf8', 'utf-8', 'UTF8', 'Utf-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'UTF-16LE', 'latin1',
  'binary', 'BINARY', 'ascii', 'base64', 'BASE64', 'base64url', 'hex', 'HEX', '', 'utf16', 'utf-16', 'utf32',
  'latin-1', 'buffer', 'raw', 'ucs-4'];
console.log(names.map(function (n) { return JSON.stringify(n) + ':' + Buffer.isEncoding(n); }).join(' '));
console.log(Buffer.isEncoding(), Buffer.isEncoding(null), Buffer.isEncoding(8), Buffer.isEncoding(new String('utf8')));
