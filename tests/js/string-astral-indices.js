// Positions in strings with characters outside the BMP are UTF-16 code units, as in V8
'use strict';
function show(name, v) {
  console.log(name, JSON.stringify(v));
}
const a = '😀abc😀def';
show('indexOf', [a.indexOf('abc'), a.indexOf('def'), a.indexOf('😀'), a.indexOf('😀', 1), a.indexOf('😀', 6), a.indexOf('x'), a.indexOf(''), a.indexOf('', 99), a.indexOf('abc', -5)]);
show('lastIndexOf', [a.lastIndexOf('😀'), a.lastIndexOf('😀', 4), a.lastIndexOf('😀', 5), a.lastIndexOf('d'), a.lastIndexOf(''), a.lastIndexOf('', 3), a.lastIndexOf('a', NaN), a.lastIndexOf('😀', -1)]);
show('includes', [a.includes('abc'), a.includes('abc', 2), a.includes('abc', 3), a.includes('def', 7), a.includes('def', 8)]);
show('startsWith', [a.startsWith('abc', 2), a.startsWith('😀', 5), a.startsWith('def', 7), a.startsWith('😀a')]);
show('endsWith', [a.endsWith('def'), a.endsWith('abc', 5), a.endsWith('😀', 7), a.endsWith('😀', 2)]);
show('slice', [a.slice(2, 5), a.slice(0, 2), a.slice(5), a.slice(-3), a.slice(-5, -3), a.slice(7, 5)]);
show('substring', [a.substring(2, 5), a.substring(5, 2), a.substring(7), a.substring(0, 2)]);
show('substr', [a.substr(2, 3), a.substr(-3), a.substr(5, 2), a.substr(7, 100)]);
show('at', [a.at(0) === '\ud83d', a.at(2), a.at(-1), a.at(-5) === '\ude00', a.at(10)]);
show('charAt', [a.charAt(2), a.charAt(5) === '\ud83d', a.charAt(9), a.charAt(10)]);
show('charCodeAt', [a.charCodeAt(0), a.charCodeAt(1), a.charCodeAt(2), a.charCodeAt(6), a.charCodeAt(9)]);
show('codePointAt', [a.codePointAt(0), a.codePointAt(1), a.codePointAt(2), a.codePointAt(5), a.codePointAt(9), a.codePointAt(10)]);
show('length', [a.length, 'é😀'.length, '😀😀'.length]);
// split: '' gives code units (the halves of a pair as lone surrogates), and they join back
const parts = a.split('');
show('split-empty', [parts.length, parts[0] === '\ud83d', parts[1] === '\ude00', parts[2], parts.join('') === a]);
show('split-empty-limit', a.split('', 3).map(c => c.charCodeAt(0)));
show('split-sep', [a.split('😀'), a.split('c'), 'x😀y😀z'.split('😀', 2)]);
show('split-regexp', ['a😀b😀c'.split(/😀/), '1é2é3'.split(/é/), 'éé'.split(/x*/)]);
show('reverse-join', [...'a😀b'].reverse().join(''));
// RegExp: index, lastIndex with /g, /y and /u
const re = /[a-z]+/g;
const found = [];
let m;
while ((m = re.exec(a)) !== null)
  found.push([m[0], m.index, re.lastIndex]);
show('exec-g', found);
const y = /def/y;
y.lastIndex = 7;
show('exec-y', [y.test(a), y.lastIndex, (y.lastIndex = 6, y.test(a)), y.lastIndex]);
const u = /./gu;
const units = [];
while ((m = u.exec('😀é😀')) !== null)
  units.push([m[0], m.index, u.lastIndex]);
show('exec-u', units);
const e = /é/g;
e.lastIndex = 1;
show('exec-nonascii-lastIndex', [e.exec('éaéb').index, e.lastIndex]);
show('search', [a.search(/def/), a.search(/😀/), 'éé😀x'.search(/x/), a.search(/q/)]);
show('match', [a.match(/d/).index, a.match(/[a-z]/g), 'é😀é'.match(/é/g)]);
show('matchAll', [...'😀a😀b'.matchAll(/[ab]/g)].map(x => [x[0], x.index]));
show('replace-fn', a.replace(/def/, (s, i) => '<' + i + '>'));
show('replace-str-fn', a.replace('def', (s, i) => '<' + i + '>'));
show('replace-dollar', [a.replace(/abc/, "[$`|$'|$&]"), a.replace('abc', "[$`|$'|$&]")]);
show('replace-g', ['é😀é'.replace(/é/g, 'e'), 'é😀é'.replace(/x*/gu, '-')]);
show('replace-offsets', 'é😀é😀é'.replace(/é/g, (s, i) => i));
show('replaceAll', [a.replaceAll('😀', '.'), a.replaceAll(/[a-f]/g, (s, i) => i + ','), 'é😀é'.replaceAll('é', (s, i) => i)]);
show('padStart', ['ab'.padStart(5, '😀'), 'ab'.padEnd(5, '😀').length, 'ab'.padEnd(6, '😀'), 'ab'.padStart(3, '😀') === '\ud83dab']);
// String.fromCodePoint round trips, spread and Array.from
const cps = [0x41, 0xe9, 0x1f600, 0x10ffff, 0x10000, 0x20ac];
const t = String.fromCodePoint(...cps);
show('fromCodePoint', [t.length, [...t].map(c => c.codePointAt(0)), Array.from(t).length, t === '\u0041\u00e9\ud83d\ude00\udbff\udfff\ud800\udc00\u20ac']);
show('spread', [...'a😀é'].map(c => c.length));
const it = '😀x'[Symbol.iterator]();
show('iterator', [it.next(), it.next(), it.next()]);
show('fromCharCode', String.fromCharCode(0xd83d, 0xde00) === '😀');
show('surrogates-concat', ('\ud83d' + '\ude00') === '😀');
// an empty match with /u steps over the whole pair (AdvanceStringIndex)
show('matchAll-empty-u', [...'😀x'.matchAll(/(?:)/gu)].map(x => x.index));
show('matchAll-u', [...'a😀b'.matchAll(/\p{L}/gu)].map(x => x.index));
// lastIndex is a number of code units, kept as set, and not limited to 16 bits
const neg = /a/g;
neg.lastIndex = -1;
show('lastIndex-negative', [neg.lastIndex, neg.test('ba'), neg.lastIndex]);
const far = /x/g;
far.exec('é'.repeat(70000) + 'x');
show('lastIndex-long', far.lastIndex);
show('join-pairs', ['😀'.split('').join('') === '😀', ['\ud83d', '\ude00'].join('-').length, 'a😀b'.split('').reverse().join('').length]);
