// Properties and method calls on a primitive string read String.prototype without a
// String wrapper (mujs patch 0119): `this` is the primitive in strict methods, getters and
// setters and a wrapper (made once a call) in sloppy ones; 'length' and indices come from
// the text, with positions remembered in long texts so that a loop over one is linear.
// Numbers and booleans get the same this-binding. Each line names its case.
'use strict';
const show = (v) => typeof v === 'string' ? JSON.stringify(v) : String(v);

// this-binding
String.prototype.sloppyThis = Function('return [typeof this, this instanceof String, ' +
  'this == "abc", String(this), this === this].join()');
String.prototype.strictThis = function () { return [typeof this, this === 'abc'].join(); };
const sloppyGet = Function('return typeof this');
Object.defineProperty(String.prototype, 'gSloppy', { get: sloppyGet, configurable: true });
Object.defineProperty(String.prototype, 'gStrict', { get() { return typeof this; }, configurable: true });
Object.defineProperty(Object.prototype, 'gObject', { get() { return typeof this; }, configurable: true });
const s = 'abc';
console.log('this-1 s.sloppyThis()', s.sloppyThis());
console.log('this-2 s.strictThis()', s.strictThis());
console.log('this-3 literal', 'abc'.sloppyThis(), 'abc'.strictThis());
console.log('this-4 computed', s['sloppyThis'](), s['strictThis']());
console.log('this-5 call', String.prototype.sloppyThis.call('zz'), String.prototype.strictThis.call('abc'));
console.log('this-6 getters', s.gSloppy, s.gStrict, s.gObject, 'x'.repeat(100).gStrict);
console.log('this-7 computed getters', s['gSloppy'], s['gStrict'], s['gObject']);
Number.prototype.numThis = Function('return typeof this');
Boolean.prototype.boolThis = function () { return typeof this; };
console.log('this-8 number/boolean', (5).numThis(), true.boolThis(), (5).gObject, false.gObject);
const f = Function('return typeof this + (this === this)');
console.log('this-9 f.call', f.call('x'), f.call(1), f.call(true), f.call(undefined));
console.log('this-10 toString/valueOf', s.toString() === s, typeof s.valueOf(), typeof s.toString(),
  typeof new String('q').valueOf(), 'x'.repeat(80).toString().length);
for (const m of ['toString', 'valueOf']) {
  try {
    String.prototype[m].call(5);
  } catch (e) {
    console.log('this-11', m, e.constructor.name, e.message);
  }
}

// setters and assignment to a property of a primitive
const log = [];
Object.defineProperty(String.prototype, 'sSloppy', {
  set: Function('v', 'log.push("sSloppy", typeof this, v)'), configurable: true });
Object.defineProperty(String.prototype, 'sStrict', {
  set(v) { log.push('sStrict', typeof this, v); }, configurable: true });
global.log = log;
s.sSloppy = 1;
s.sStrict = 2;
Function('s', 's.sSloppy = 3; s.sStrict = 4; s.foo = 5; s.length = 6; s[0] = "x"; s[7] = 8')(s);
console.log('set-1 setters', log.join());
console.log('set-2 sloppy assignment ignored', s.foo, s.length, s[0], s[7], s);
for (const code of ['s.foo = 1', 's.length = 1', 's[0] = "x"', 's[5] = "x"', 's.gStrict = 1',
  '"lit".bar = 2']) {
  try {
    Function('s', '"use strict"; ' + code)(s);
    console.log('set-3', code, 'no error');
  } catch (e) {
    console.log('set-3', code, e.constructor.name, e.message);
  }
}

// length and indices
for (const t of ['abc', 'héllo', 'a😀b', '', 'x'.repeat(70) + 'é😀' + 'y'.repeat(70)]) {
  const keys = [0, 1, 2, 3, -1, 1.5, '1', '01', ' 1', NaN, t.length - 1, t.length,
    t.length - 3, 71, 72];
  console.log('index', show(t.slice(0, 8)), t.length,
    keys.map((k) => show(k) + ':' + show(t[k])).join(' '));
}
String.prototype[9] = 'nine';
console.log('index-proto', show(s[9]), show(s['9']), show('0123456789ab'[9]), show(''[9]));
delete String.prototype[9];
console.log('index-proto-gone', show(s[9]));

// the built-ins, on short and long ASCII, accented and astral text
const texts = {
  ascii: 'The quick brown fox',
  accented: 'Ça été déjà là, über',
  astral: 'a😀b𝄞c😀',
  longAscii: 'abcdefghij'.repeat(12),
  longAccented: 'déjà vu – '.repeat(12),
  longAstral: ('x😀y𝄞').repeat(20) + 'end',
};
const pos = [0, 1, 2, 5, 9, 10, -1, -2, 1.9, NaN, undefined, 40, 60, 99, 100, 119, 120, 1e9];
for (const name of Object.keys(texts)) {
  const t = texts[name];
  console.log(name, 'length', t.length);
  console.log(name, 'charCodeAt', pos.map((p) => t.charCodeAt(p)).join());
  console.log(name, 'charAt', pos.map((p) => show(t.charAt(p))).join());
  console.log(name, 'at', pos.map((p) => show(t.at(p))).join());
  console.log(name, 'codePointAt', pos.map((p) => t.codePointAt(p)).join());
  // (mujs's indexOf counts code points, and its slice drops a half of a pair it cuts:
  // the cases stay clear of both)
  console.log(name, 'indexOf', ['a', 'é', '😀', 'vu', 'x', 'zz'].map((n) => t.indexOf(n)).join());
  console.log(name, 'slice', [[0, 3], [3, 6], [-2], [5, 2], [10, 30]].map((a) => show(t.slice(...a))).join());
}

// loops over 60,000-100,000 characters (a few seconds each before patch 0119: every
// step copied the text): forwards, backwards, random, and over two texts at once,
// against the code units the text was made from
let seed = 7;
function rnd(n) { seed = (seed * 69069 + 1) % 4294967296; return seed % n; }
function repeatUnits(unit, n) {
  const a = [];
  for (let i = 0; i < n; i++)
    a.push(...unit);
  return a;
}
function text(u) {
  let t = '';
  for (let i = 0; i < u.length; i += 1000)
    t += String.fromCharCode.apply(null, u.slice(i, i + 1000));
  return t;
}
const units = {
  ascii: repeatUnits([97, 98, 99, 100, 101, 102, 103, 104, 105, 106], 10000),
  accented: repeatUnits([0xe9, 0xe0, 0xfc, 0x2013, 97, 98], 10000),
  astral: repeatUnits([0xd83d, 0xde00, 97, 0xd834, 0xdd1e, 98, 99], 10000),
};
const big = {};
for (const name of Object.keys(units))
  big[name] = text(units[name]);
for (const name of Object.keys(big)) {
  const t = big[name], u = units[name];
  let bad = 0, h = 0, i;
  for (i = 0; i < t.length; i++) {
    if (t.charCodeAt(i) !== u[i]) bad++;
    h = (h * 31 + t.charCodeAt(i)) | 0;
  }
  for (i = t.length - 1; i >= 0; i--)
    if (t.charCodeAt(i) !== u[i] || t[i] !== String.fromCharCode(u[i])) bad++;
  for (i = 0; i < 3000; i++) {
    const k = rnd(t.length + 4) - 2;
    if ((t.charCodeAt(k) | 0) !== (u[k] | 0) || t.charAt(k) !== (k >= 0 && k < u.length ? String.fromCharCode(u[k]) : ''))
      bad++;
  }
  const other = big[name === 'ascii' ? 'astral' : 'ascii'], v = units[name === 'ascii' ? 'astral' : 'ascii'];
  for (i = 0; i < 20000; i++)
    if (t.charCodeAt(i) - other.charCodeAt(i) !== u[i] - v[i]) bad++;
  console.log('loop', name, t.length, u.length, 'mismatches', bad, 'hash', h);
}
