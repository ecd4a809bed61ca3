// TextDecoder with { stream: true }: a character split across chunks waits for its
// end; the final decode() flushes an incomplete one as U+FFFD (or throws when fatal);
// the BOM is only looked for at the start of the stream.
function codes(s) { var o = []; for (var i = 0; i < s.length; i++) o.push(s.charCodeAt(i).toString(16)); return o.join(' '); }
var all = Buffer.from('\ufeffa€😀é', 'utf8');
for (var size = 1; size <= 4; size++) {
  var td = new TextDecoder();
  var out = '';
  for (var i = 0; i < all.length; i += size)
    out += td.decode(all.subarray(i, i + size), { stream: true });
  out += td.decode();
  console.log(size, codes(out));
}
var d = new TextDecoder();
console.log(JSON.stringify(d.decode(new Uint8Array([0xe2, 0x82]), { stream: true })), codes(d.decode()));
console.log(codes(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x62]))), 'BOM again at a new stream');
var s2 = new TextDecoder();
console.log(codes(s2.decode(new Uint8Array([0xef, 0xbb]), { stream: true }) +
  s2.decode(new Uint8Array([0xbf, 0x63]), { stream: true }) +
  s2.decode(new Uint8Array([0xef, 0xbb, 0xbf]))));
var f = new TextDecoder('utf-8', { fatal: true });
f.decode(new Uint8Array([0xf0, 0x9f]), { stream: true });
try { f.decode(); } catch (e) { console.log('fatal at end', e.code); }
console.log(codes(f.decode(new Uint8Array([0x41]))), 'usable after the error');
var u16 = new TextDecoder('utf-16le');
var bytes = Buffer.from('a😀b', 'utf16le');
var o16 = '';
for (var k = 0; k < bytes.length; k++) o16 += u16.decode(bytes.subarray(k, k + 1), { stream: true });
o16 += u16.decode();
console.log(codes(o16));
