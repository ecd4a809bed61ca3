// TextDecoder encodings and labels: utf-8, utf-16le (BOM, unpaired surrogates, odd
// byte), utf-16be, windows-1252 (decoded as Node 20 does: latin1), unknown labels.
function codes(s) { var o = []; for (var i = 0; i < s.length; i++) o.push(s.charCodeAt(i).toString(16)); return o.join(' '); }
['utf8', 'UTF-8', ' utf-8\n', 'unicode-1-1-utf-8', 'utf-16', 'utf-16le', 'ucs-2', 'utf-16be',
 'latin1', 'ascii', 'iso-8859-1', 'us-ascii', 'windows-1252'].forEach(function (l) {
  console.log(JSON.stringify(l), new TextDecoder(l).encoding);
});
var le = new TextDecoder('utf-16le');
console.log(codes(le.decode(new Uint8Array([0xff, 0xfe, 0x61, 0, 0x3d, 0xd8, 0x00, 0xde, 0x00, 0xd8, 0x62, 0]))));
console.log(codes(le.decode(new Uint8Array([0x61, 0, 0x62]))));
console.log(codes(le.decode(new Uint8Array([0x00, 0xdc, 0x63, 0]))));
try { new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x00, 0xd8])); } catch (e) { console.log(e.code); }
console.log(codes(new TextDecoder('utf-16be').decode(new Uint8Array([0, 0x61, 0xd8, 0x3d, 0xde, 0]))));
console.log(codes(new TextDecoder('latin1').decode(new Uint8Array([0x61, 0x80, 0xe9, 0x9f, 0xff]))));
['foo', 'utf-32', 'utf-7'].forEach(function (l) {
  try { new TextDecoder(l); } catch (e) { console.log(e.name, e.code, e.message); }
});
try { new TextDecoder('utf-8', 5); } catch (e) { console.log(e.code, e.message); }
var util = require('util');
console.log(util.TextDecoder === TextDecoder, util.TextEncoder === TextEncoder);
