// escape/unescape (Annex B) and decodeURI's URIError on malformed UTF-8
console.log(escape('a b+c/d@e*f_g-h.i~j'), escape('ü€😀'), escape('%'), unescape('%u20AC%FC%zz%4'), unescape(escape('héllo €')));
console.log(unescape(encodeURIComponent('é')), decodeURIComponent(escape('\x7f')), escape.length, escape.name, typeof unescape, Object.keys(globalThis).includes('escape'));
for (const s of ['%E9', '%C3%A9', '%C0%AF', '%ED%A0%80', '%F0%9F%98%80', '%F4%90%80%80', 'a%20b', '%E2%82', '%', '%zz', '%3B%2F', '%E2%82%AC%20x']) {
  try { const r = decodeURIComponent(s); console.log(s, JSON.stringify(r), r.length, JSON.stringify(decodeURI(s))); } catch (e) { console.log(s, e.name, e.message); }
}
function safeDecode(s) { try { return decodeURIComponent(s); } catch { return unescape(s); } }
console.log(safeDecode('caf%E9'), safeDecode('caf%C3%A9'));
console.log(Math.round(-0.5), Math.round(-0.4), Object.is(Math.round(-0.2), -0), Math.round(-0.6), Math.round(0.4), Math.round(-0), Math.round(2.5), Math.round(-2.5));
