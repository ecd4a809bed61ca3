class Money {
  constructor(v, cur) { this.v = v; this.cur = cur; }
  [Symbol.toPrimitive](hint) { return hint === 'number' ? this.v : hint === 'string' ? `${this.v} ${this.cur}` : this.v + 0.5; }
  get [Symbol.toStringTag]() { return 'Money'; }
  static [Symbol.hasInstance](x) { return typeof x === 'object' && x !== null && 'cur' in x; }
}
const m = new Money(10, 'EUR');
console.log(+m, `${m}`, m + 1, String(m), m * 2, [m] + '', Object.prototype.toString.call(m));
console.log({ cur: 'x' } instanceof Money, {} instanceof Money);
const even = { [Symbol.hasInstance]: (n) => n % 2 === 0 };
console.log(2 instanceof even, 3 instanceof even);
const s1 = Symbol('desc'), s2 = Symbol.for('shared');
console.log(s1.toString(), s1.description, Symbol.for('shared') === s2, Symbol.keyFor(s2), Symbol.keyFor(s1), typeof s1);
const o = { [s1]: 1, regular: 2 };
console.log(Object.keys(o), JSON.stringify(o), o[s1], s1 in o);
function tag(strings, ...vals) { return strings.raw.map((r, i) => `[${r}]${i < vals.length ? '<' + vals[i] + '>' : ''}`).join(''); }
console.log(tag`a${1}b${'two'}c\n`);
console.log(tag``, tag`${0}`);
function cooked(strings) { return [strings.length, strings[0], strings.raw[0], Object.isFrozen(strings), Array.isArray(strings.raw)]; }
console.log(cooked`line\tend`);
const same = (s) => s;
const t1 = () => same`x`;
console.log(t1() === t1(), same`x` === same`x`);
console.log(String.raw`C:\new\table${1 + 1}\x`, String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3));
const multi = `line1
line2 ${'interp'}
  indented`;
console.log(multi, multi.length);
console.log(`nested ${`inner ${1 + 1}`} done`, `${[1, 2]}${{}}${null}${undefined}`);
const html = (s, ...v) => s.reduce((acc, str, i) => acc + str + (i < v.length ? String(v[i]).toUpperCase() : ''), '');
console.log(html`<p>${'hello'} and ${'world'}</p>`);
console.log(`\u{1F600}`.length, `\x41\u0042`, '\u{41}');
const iterObj = { *[Symbol.iterator]() { yield 1; yield 2; } };
console.log(Math.max(...iterObj), Symbol.iterator in iterObj, typeof Symbol.asyncIterator);
function bad(strings) { return [strings[0], strings.raw[0], strings[1], strings.raw[1]]; }
console.log(bad`\unicode and \x${1}\u{41}\01`);
class Sub extends Money {}
console.log(new Sub(1, 'USD') instanceof Sub, `${new Sub(2, 'GBP')}`);
