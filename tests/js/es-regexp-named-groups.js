// named capture groups: exec/match results, replace with $<name> and replacer functions
const date = /(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})/;
const m = '2024-05-17'.match(date);
console.log(m.groups.year, m.groups.month, m.groups.day, m.index);
console.log(m.groups);
console.log(Object.keys(m));
const { groups: { year, day } } = date.exec('on 1999-12-31!');
console.log(year, day);

console.log('2024-05-17'.replace(date, '$<day>/$<month>/$<year>'));
console.log('2024-05-17 and 2025-01-02'.replace(/(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)/g, '$<d>.$<m>.$<y>'));
console.log('a-b'.replace(/(?<x>a)/, '[$<nope>]'), 'a-b'.replace(/(a)/, '[$<x>]'));
console.log('john smith'.replace(/(?<first>\w+)\s(?<last>\w+)/, (...args) => {
  const groups = args[args.length - 1];
  return `${groups.last.toUpperCase()}, ${groups.first}`;
}));
console.log('x1y22'.replace(/(?<d>\d+)/g, (match, d, offset, input, groups) =>
  `<${match}|${d}|${offset}|${input}|${groups.d}>`));

// optional groups: undefined, not ''
const opt = /(?<sign>[+-])?(?<num>\d+)/.exec('42');
console.log(opt.groups.sign, opt.groups.num, opt[1], opt.length);
console.log('42'.replace(/([+-])?(\d+)/, (m, s, n) => `${typeof s}:${n}`));

// matchAll with named groups
const pairs = [...'key=val, k2=v2, k3='.matchAll(/(?<k>\w+)=(?<v>\w*)/g)];
console.log(pairs.map(p => `${p.groups.k}:${p.groups.v}@${p.index}`).join(' '));

// back-reference by name
const dup = /(?<ch>\w)\k<ch>/;
console.log(dup.test('hello'), dup.exec('bookkeeper').groups.ch, dup.test('abc'));
console.log('aa bb cd'.match(/(?<c>[a-z])\k<c>/g));

// without names, groups is undefined
console.log(/(\d)/.exec('a1').groups, 'groups' in /(\d)/.exec('a1'));
console.log(/(\d+)/.exec('abc 123 def'));

// bad patterns are SyntaxErrors
for (const src of ['(?<a>x)(?<a>y)', '(?<1a>x)', '\\k<nope>(?<x>.)'])
  try { new RegExp(src); console.log('compiled', src); } catch (e) { console.log(e.name); }
