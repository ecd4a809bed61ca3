// lookbehind, and the s, u, y flags
console.log('price: $30, €40, $5'.match(/(?<=\$)\d+/g));
console.log('price: $30, €40, $5'.match(/(?<!\$)\b\d+/g));
console.log('abc'.replace(/(?<!a)c/, 'X'), 'xabc'.replace(/(?<=a)b/, 'B'), 'ab'.replace(/(?<=^a)b/, '!'));
console.log('foo.bar.baz'.split(/(?<=\.)/), '1234567'.replace(/(?<=\d)(?=(\d{3})+$)/g, ','));
console.log(/(?<=(\d+))x/.exec('123x')[1], /(?<=a|bb)c/.test('bbc'), /(?<=a|bb)c/.test('bc'));
const r = /(?<=o)o/g; let found; const at = [];
while ((found = r.exec('foo boo')) !== null) at.push(found.index);
console.log(at);

console.log(/a.b/s.test('a\nb'), /a.b/.test('a\nb'), /a.b/s.dotAll, /a.b/.dotAll);
console.log(/<p>(.*)<\/p>/s.exec('<p>one\ntwo</p>')[1]);
console.log(new RegExp('^.+$', 's').test('x\r\ny'), new RegExp('a', 'su').flags);

const sticky = /foo/y;
sticky.lastIndex = 3;
console.log(sticky.test('barfoo'), sticky.lastIndex, sticky.test('barfoo'), sticky.lastIndex);
const word = /\w+/y, text = 'one two';
console.log(word.exec(text)[0], word.lastIndex, word.exec(text), word.lastIndex);
word.lastIndex = 4;
console.log(word.exec(text)[0], word.sticky, /x/.sticky);

console.log(/\u{1F600}/u.test('😀'), /^.$/u.test('😀'), /\u{61}/u.test('a'));
console.log(/x/gimsuy.flags, /x/dg.hasIndices, /x/u.unicode, String(/a/yusmig), /[/]/.source);
console.log(new RegExp('a', 'dgimsuy').flags, new RegExp(/x/sy).flags);
for (const f of ['gg', 'ss', 'q'])
  try { new RegExp('a', f); } catch (e) { console.log(e.name, e.message); }

// ^ and \b see what precedes lastIndex
const bol = /^b/g; bol.lastIndex = 1; console.log(bol.test('ab'));
const ml = /^b/gm; ml.lastIndex = 2; console.log(ml.test('a\nb'), ml.lastIndex);
const wb = /\bb/g; wb.lastIndex = 1; console.log(wb.test('ab'));
console.log('aaa'.replace(/\Ba/g, 'x'), 'a,b,,c'.replace(/(?<=,),/g, '_'));
