// ES2015+ String additions: includes, startsWith, endsWith, padStart, padEnd, repeat,
// codePointAt, fromCodePoint, raw, at, trimStart/trimEnd, replaceAll, matchAll,
// isWellFormed/toWellFormed, substr, normalize.
const log = console.log;
function tryIt(label, f) {
  try { log(label, f()); } catch (e) { log(label, e.constructor.name + ': ' + e.message); }
}

log('includes', 'hello world'.includes('o w'), 'hello'.includes('x'), 'hello'.includes(''), 'hello'.includes('h', 1));
log('startsWith', 'hello'.startsWith('he'), 'hello'.startsWith('l', 2), 'hello'.startsWith('h', -5), 'hello'.startsWith(''));
log('endsWith', 'hello'.endsWith('lo'), 'hello'.endsWith('l', 4), 'hello'.endsWith('hello', 99), 'hello'.endsWith('x'));
tryIt('includes regexp', () => 'a'.includes(/a/));
tryIt('startsWith regexp', () => 'a'.startsWith(/a/));
tryIt('includes on null', () => String.prototype.includes.call(null, 'a'));
log('includes number this', String.prototype.includes.call(12345, 34));

log('padStart', 'x'.padStart(5), 'x'.padStart(5, 'ab'), '12'.padStart(5, '0'), 'long'.padStart(2), 'x'.padStart(3, ''));
log('padEnd', 'x'.padEnd(5) + '|', 'x'.padEnd(4, '12345'), 'abc'.padEnd(6, 123), 'x'.padEnd(-1));
log('table', ['a', 'bbb', 'cc'].map(s => s.padEnd(4, '.') + '|').join(''));

log('repeat', 'ab'.repeat(3), 'x'.repeat(0), ''.repeat(100), '-'.repeat(2.9), 'z'.repeat('2'));
tryIt('repeat -1', () => 'a'.repeat(-1));
tryIt('repeat Infinity', () => 'a'.repeat(Infinity));
tryIt('repeat too long', () => 'abc'.repeat(2 ** 28));
log('repeat long', 'abc'.repeat(10000).length);

const emoji = 'a\u{1F600}b';
log('length', emoji.length, emoji.codePointAt(1), emoji.codePointAt(2), emoji.codePointAt(0), emoji.codePointAt(9));
log('codePointAt hex', emoji.codePointAt(1).toString(16));
log('fromCodePoint', String.fromCodePoint(65, 0x1F600, 0x10FFFF).length, String.fromCodePoint() === '', String.fromCodePoint(0x1F600) === '\u{1F600}');
log('fromCodePoint chars', String.fromCodePoint(72, 105, 0x2764));
tryIt('fromCodePoint too big', () => String.fromCodePoint(0x110000));
tryIt('fromCodePoint fraction', () => String.fromCodePoint(1.5));
tryIt('fromCodePoint NaN', () => String.fromCodePoint('x'));
log('for-of code points', [...emoji].length, Array.from('\u{1F600}\u{1F601}').map(c => c.codePointAt(0)));

log('raw', String.raw`a\nb${1 + 1}\t`, String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3), String.raw({ raw: 'abc' }, '-', '+'));

log('at', 'abc'.at(0), 'abc'.at(-1), 'abc'.at(3), 'abc'.at(-4));

log('trimStart', JSON.stringify('  \t x \n '.trimStart()), JSON.stringify('  x  '.trimEnd()), JSON.stringify('\u00a0\ufeffx\u3000'.trimStart().trimEnd()));
log('trimLeft alias', String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight === String.prototype.trimEnd, String.prototype.trimLeft.name);

log('replaceAll', 'a-b-c'.replaceAll('-', '+'), 'aaa'.replaceAll('a', 'b'), 'abc'.replaceAll('', '.'), 'x.x'.replaceAll('.', '$&$&'));
log('replaceAll fn', 'a1b2'.replaceAll('b', (m, off, s) => '[' + m + off + s.length + ']'));
log('replaceAll regexp', 'a1b22'.replaceAll(/\d/g, '#'));
tryIt('replaceAll non-global', () => 'abc'.replaceAll(/b/, 'x'));
log('replaceAll specials', 'abc'.replaceAll('b', "$`|$'|$$"));

const ms = [...'a1b22c333'.matchAll(/\d+/g)];
log('matchAll', ms.map(m => m[0] + '@' + m.index));
log('matchAll groups', [...'k1=v1;k2=v2'.matchAll(/(\w+)=(\w+)/g)].map(m => [m[1], m[2]]));
log('matchAll string', [...'a.b.c'.matchAll('.')].length);
tryIt('matchAll non-global', () => 'abc'.matchAll(/b/));
const mi = 'xx'.matchAll(/x/g);
log('matchAll iterator', typeof mi.next, mi[Symbol.iterator]() === mi);

log('isWellFormed', 'abc'.isWellFormed(), '\ud800'.isWellFormed(), emoji.isWellFormed());
log('toWellFormed', JSON.stringify('a\ud800b'.toWellFormed()), 'ok'.toWellFormed());

log('substr', 'abcdef'.substr(2, 3), 'abcdef'.substr(-2), 'abcdef'.substr(1), 'abcdef'.substr(4, 10), 'abc'.substr(0, -1));

const cafe1 = 'caf\u00e9', cafe2 = 'cafe\u0301';
log('normalize', cafe1 === cafe2, cafe1.normalize() === cafe2.normalize(), cafe2.normalize('NFC').length, cafe1.normalize('NFD').length);
log('normalize NFKC', '\ufb01'.normalize('NFKC'), '\u2460'.normalize('NFKD'), '\uff21'.normalize('NFKC'), 'x\u00b2'.normalize('NFKC'));
log('normalize hangul', '\ud55c'.normalize('NFD').length, '\u1112\u1161\u11ab'.normalize('NFC') === '\ud55c');
log('normalize ascii', 'plain'.normalize('NFD'));
log('normalize order', JSON.stringify('a\u0323\u0307'.normalize('NFD')), JSON.stringify('a\u0307\u0323'.normalize('NFC')));
tryIt('normalize bad form', () => 'a'.normalize('nfc'));

const fns = ['includes', 'startsWith', 'endsWith', 'padStart', 'padEnd', 'repeat', 'codePointAt', 'at',
  'trimStart', 'trimEnd', 'replaceAll', 'matchAll', 'normalize', 'isWellFormed', 'toWellFormed', 'substr'];
log('lengths', fns.map(f => f + '/' + String.prototype[f].length).join(' '));
log('statics', String.fromCodePoint.length, String.raw.length, String.fromCodePoint.name, String.raw.name);
log('enumerable', Object.keys(String.prototype), Object.keys(String));
const seen = [];
for (const k in 'ab') seen.push(k);
log('for-in string', seen);
