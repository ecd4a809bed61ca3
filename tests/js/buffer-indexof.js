// indexOf, lastIndexOf and includes with numbers, strings (in encodings), Buffers,
// byteOffsets (negative, NaN, huge) and empty needles.
var b = Buffer.from('hello world hello');
console.log(b.indexOf('o'), b.indexOf('o', 5), b.indexOf('o', -3), b.indexOf('hello', 1), b.indexOf('xyz'));
console.log(b.lastIndexOf('o'), b.lastIndexOf('o', 5), b.lastIndexOf('o', -5), b.lastIndexOf('hello'), b.lastIndexOf('hello', 11), b.lastIndexOf('hello', 12));
console.log(b.indexOf(''), b.indexOf('', 5), b.indexOf('', 100), b.lastIndexOf(''), b.lastIndexOf('', 3), b.lastIndexOf('', -100), b.indexOf('', -100));
console.log(b.indexOf(111), b.indexOf(111 + 256), b.indexOf(-1), b.indexOf(0x6f, 5), b.lastIndexOf(0x68));
console.log(b.indexOf(Buffer.from('wor')), b.indexOf(new Uint8Array([108, 108])), b.indexOf(Buffer.alloc(0)), b.lastIndexOf(Buffer.from('l')));
console.log(b.indexOf('6f', 0, 'hex'), b.indexOf('bw==', 'base64'), b.indexOf('world', 'latin1'), b.lastIndexOf('l', null), b.indexOf('l', NaN), b.lastIndexOf('l', NaN));
console.log(b.indexOf('l', 1.7), b.indexOf('l', Infinity), b.lastIndexOf('l', -Infinity), b.indexOf('l', Math.pow(2, 40)), b.lastIndexOf('h', -Math.pow(2, 40)));
console.log(b.includes('world'), b.includes('world', 7), b.includes(104), b.includes(Buffer.from('lo w')), b.includes('x'));
var u = Buffer.from('abcabc', 'ucs2');
console.log(u.indexOf('b', 'ucs2'), u.indexOf('c', 0, 'utf16le'), u.lastIndexOf('a', 'ucs2'), u.indexOf(Buffer.from('b\u0000'), 0, 'ucs2'), u.indexOf('\u6200', 'ucs2'));
console.log(Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(''), Buffer.alloc(0).lastIndexOf(''), Buffer.alloc(0).indexOf(0));
function attempt(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
attempt(function () { return b.indexOf({}); });
attempt(function () { return b.indexOf('a', 0, 'bogus'); });
attempt(function () { return b.indexOf('a', 'bogus'); });
attempt(function () { return b.indexOf(Buffer.from('o'), 0, 'bogus'); });
