'use strict';
// ToString of a symbol throws V8's TypeError 'Cannot convert a Symbol value to a string';
// only String(sym) and sym.toString() describe it. Each case prints its result or the
// error's constructor and message.
function show(name, f) {
  try {
    const r = f();
    console.log(name, '->', typeof r, typeof r === 'symbol' ? String(r) : r);
  } catch (e) {
    console.log(name, '->', e.constructor.name + ': ' + e.message);
  }
}
const s = Symbol('desc');
const t = Symbol();

show("'' + s", () => '' + s);
show("s + ''", () => s + '');
show("'a' + t", () => 'a' + t);
show('`${s}`', () => `${s}`);
show('`a${s}b`', () => `a${s}b`);
show('`${1}${s}`', () => `${1}${s}`);
show('`${s}` (well-known)', () => `${Symbol.iterator}`);
show('String.raw`${s}`', () => String.raw`x${s}`);
show('s + {}', () => s + {});
show('({}) + s', () => ({}) + s);
show('[] + s', () => [] + s);
show('s + []', () => s + []);
show("x += s", () => { let x = 'a'; x += s; return x; });
show("x += '' (x a symbol)", () => { let x = s; x += ''; return x; });
show('[s].join()', () => [s].join());
show("[1, s].join('-')", () => [1, s].join('-'));
show('[s].toString()', () => [s].toString());
show('[[s]].join()', () => [[s]].join());
show('String([s])', () => String([s]));
show('`${[s]}`', () => `${[s]}`);
show('[1, 2].join(s)', () => [1, 2].join(s));
show("'a'.concat(s)", () => 'a'.concat(s));
show("'a'.concat(1, s)", () => 'a'.concat(1, s));
show("String.prototype.concat.call('a', s)", () => String.prototype.concat.call('a', s));
show('new String(s)', () => new String(s));
show("'abc'.indexOf(s)", () => 'abc'.indexOf(s));
show("'abc'.lastIndexOf(s)", () => 'abc'.lastIndexOf(s));
show("'abc'.includes(s)", () => 'abc'.includes(s));
show("'abc'.startsWith(s)", () => 'abc'.startsWith(s));
show("'abc'.endsWith(s)", () => 'abc'.endsWith(s));
show("'abc'.split(s)", () => 'abc'.split(s));
show("'abc'.replace('a', s)", () => 'abc'.replace('a', s));
show("'abc'.replace(s, 'x')", () => 'abc'.replace(s, 'x'));
show("'abc'.padStart(5, s)", () => 'abc'.padStart(5, s));
show("'abc'.padEnd(5, s)", () => 'abc'.padEnd(5, s));
show("'abc'.normalize(s)", () => 'abc'.normalize(s));
show("'aa'.replaceAll(s, 'b')", () => 'aa'.replaceAll(s, 'b'));
show("'aa'.replaceAll('a', s)", () => 'aa'.replaceAll('a', s));
show("'aa'.replaceAll('a', () => s)", () => 'aa'.replaceAll('a', () => s));
show("'aa'.matchAll(s)", () => 'aa'.matchAll(s));
show('String.prototype.at.call(s, 0)', () => String.prototype.at.call(s, 0));
show('String.prototype.includes.call(s, "a")', () => String.prototype.includes.call(s, 'a'));
show('String.raw({ raw: [s] })', () => String.raw({ raw: [s] }));
show('escape(s)', () => escape(s));
show('unescape(s)', () => unescape(s));
show("'abc'.localeCompare(s)", () => 'abc'.localeCompare(s));
show("'abc'.match(s)", () => 'abc'.match(s));
show("'abc'.search(s)", () => 'abc'.search(s));
show('String.prototype.trim.call(s)', () => String.prototype.trim.call(s));
show('String.prototype.toUpperCase.call(s)', () => String.prototype.toUpperCase.call(s));
show('parseInt(s)', () => parseInt(s));
show('parseFloat(s)', () => parseFloat(s));
show('Number.parseFloat(s)', () => Number.parseFloat(s));
show('encodeURIComponent(s)', () => encodeURIComponent(s));
show('encodeURI(s)', () => encodeURI(s));
show('decodeURIComponent(s)', () => decodeURIComponent(s));
show('RegExp(s)', () => RegExp(s));
show("new RegExp('a', s)", () => new RegExp('a', s));
show('/a/.test(s)', () => /a/.test(s));
show('/a/.exec(s)', () => /a/.exec(s));
show('new Error(s)', () => new Error(s));
show('new TypeError(s)', () => new TypeError(s));
show('Error(s)', () => Error(s));
show('JSON.parse(s)', () => JSON.parse(s));
show('Function(s)', () => Function(s));
show('Symbol(s)', () => Symbol(s));
show('Symbol.for(s)', () => Symbol.for(s));
show('Date.parse(s)', () => Date.parse(s));
show('[s, t].sort()', () => [s, t].sort());
show('[t, s].sort() (compare fn)', () => [t, s].sort((a, b) => String(a) < String(b) ? -1 : 1).map(String));
show("['b', s].sort()", () => ['b', s].sort());
show('Object.keys({}).concat(s) (Array.concat)', () => Object.keys({}).concat(s).length);
