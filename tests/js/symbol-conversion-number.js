'use strict';
// ToNumber (and ToNumeric) of a symbol throws V8's TypeError 'Cannot convert a Symbol
// value to a number': arithmetic, comparison, unary operators, Number(), Math, the
// number arguments of built-ins, and BigInt mixes. Each case prints its result or the
// error's constructor and message.
function show(name, f) {
  try {
    const r = f();
    console.log(name, '->', typeof r, typeof r === 'symbol' ? String(r) : r);
  } catch (e) {
    console.log(name, '->', e.constructor.name + ': ' + e.message);
  }
}
const s = Symbol('n');

show('+s', () => +s);
show('-s', () => -s);
show('~s', () => ~s);
show('!s', () => !s);
show('void s', () => void s);
show('s + 1', () => s + 1);
show('1 + s', () => 1 + s);
show('s + s', () => s + s);
show('s + null', () => s + null);
show('undefined + s', () => undefined + s);
show('s + true', () => s + true);
show('s - 1', () => s - 1);
show('1 - s', () => 1 - s);
show('s * 2', () => s * 2);
show('s / 2', () => s / 2);
show('s % 2', () => s % 2);
show('s ** 2', () => s ** 2);
show('2 ** s', () => 2 ** s);
show('s | 0', () => s | 0);
show('s & 1', () => s & 1);
show('s ^ 1', () => s ^ 1);
show('s << 1', () => s << 1);
show('s >> 1', () => s >> 1);
show('s >>> 0', () => s >>> 0);
show('s < 1', () => s < 1);
show('1 > s', () => 1 > s);
show("s <= 'a'", () => s <= 'a');
show("'a' >= s", () => 'a' >= s);
show('s < s', () => s < s);
show('x++', () => { let x = s; x++; return x; });
show('x--', () => { let x = s; x--; return x; });
show('++x', () => { let x = s; return ++x; });
show('--x', () => { let x = s; return --x; });
show('x += 1', () => { let x = s; x += 1; return x; });
show('x -= 1', () => { let x = s; x -= 1; return x; });
show('x *= 2', () => { let x = s; x *= 2; return x; });
show('x **= 2', () => { let x = s; x **= 2; return x; });
show('o.p++', () => { const o = { p: s }; o.p++; return o.p; });
show('Number(s)', () => Number(s));
show('new Number(s)', () => new Number(s));
show('Math.abs(s)', () => Math.abs(s));
show('Math.floor(s)', () => Math.floor(s));
show('Math.max(1, s)', () => Math.max(1, s));
show('Math.min(s)', () => Math.min(s));
show('Math.pow(s, 2)', () => Math.pow(s, 2));
show('Math.round(s)', () => Math.round(s));
show('Math.sign(s)', () => Math.sign(s));
show('Math.trunc(s)', () => Math.trunc(s));
show('Math.hypot(s)', () => Math.hypot(s));
show('isNaN(s)', () => isNaN(s));
show('isFinite(s)', () => isFinite(s));
show('Number.isNaN(s)', () => Number.isNaN(s));
show('Number.isFinite(s)', () => Number.isFinite(s));
show('Number.isInteger(s)', () => Number.isInteger(s));
show("parseInt('10', s)", () => parseInt('10', s));
show('new Date(s)', () => new Date(s));
show('new Date(2020, s)', () => new Date(2020, s));
show('Date.UTC(s)', () => Date.UTC(s));
show('new Date(0).setFullYear(s)', () => new Date(0).setFullYear(s));
show("'abc'.charAt(s)", () => 'abc'.charAt(s));
show("'abc'.charCodeAt(s)", () => 'abc'.charCodeAt(s));
show("'abc'.slice(s)", () => 'abc'.slice(s));
show("'abc'.substring(s)", () => 'abc'.substring(s));
show("'abc'.at(s)", () => 'abc'.at(s));
show("'abc'.repeat(s)", () => 'abc'.repeat(s));
show('[1, 2, 3].slice(s)', () => [1, 2, 3].slice(s));
show('[1, 2, 3].at(s)', () => [1, 2, 3].at(s));
show('[1, 2].indexOf(1, s)', () => [1, 2].indexOf(1, s));
show('new Array(s).length', () => new Array(s).length);
show('(1.5).toFixed(s)', () => (1.5).toFixed(s));
show('(255).toString(s)', () => (255).toString(s));
show('String.fromCharCode(s)', () => String.fromCharCode(s));
show('1n + s', () => 1n + s);
show('s + 1n', () => s + 1n);
show('1n * s', () => 1n * s);
show('s * 1n', () => s * 1n);
show('1n < s', () => 1n < s);
show('s > 1n', () => s > 1n);
show('BigInt(s)', () => BigInt(s));
show('BigInt.asIntN(8, s)', () => BigInt.asIntN(8, s));
// the left operand's ToNumeric throws before the right one's valueOf runs; + and <
// convert both to primitives first
const logs = { valueOf() { console.log('  valueOf ran'); return 1; } };
show('s - logs', () => s - logs);
show('logs - s', () => logs - s);
show('s * logs', () => s * logs);
show('s + logs', () => s + logs);
show('s < logs', () => s < logs);
