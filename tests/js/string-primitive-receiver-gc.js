// mujs patch 0119 remembers the UTF-16 length and last position of the last few long
// texts read by index, by the text's address. A text freed by the collector must be
// forgotten: the next string of the same size is often allocated at the same address,
// and a stale entry gave it the old string's length and characters (960 wrong reads
// below when jsG_freestring did not forget). Each round: one 240-byte text of another
// script (ASCII, accented, astral), read by length, charCodeAt and index, dropped, gc().
'use strict';
const chars = ['a', 'é', '😀', 'b', '中'];
let bad = 0;
for (let r = 0; r < 400; r++) {
  const ch = chars[r % chars.length];
  const n = 240 / Buffer.byteLength(ch), w = ch.length;
  let t = ch.repeat(n);
  if (t.length !== n * w) bad++;
  if (t.charCodeAt(n * w - 1) !== ch.charCodeAt(w - 1)) bad++;
  if (t[n * w - 2] !== ch[(n * w - 2) % w]) bad++;
  if (t.at(-1) !== ch[w - 1] || t.codePointAt(0) !== ch.codePointAt(0)) bad++;
  t = null;
  gc();
}
console.log('rounds 400, wrong reads', bad);
