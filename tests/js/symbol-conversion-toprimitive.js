'use strict';
// A symbol is a primitive to ToPrimitive: an object whose valueOf, toString or
// [Symbol.toPrimitive] returns one converts to it, and the ToString or ToNumber that
// follows throws; == compares a symbol with an object's primitive.
// Symbol.prototype[Symbol.toPrimitive] returns the symbol.
function show(name, f) {
  try {
    const r = f();
    console.log(name, '->', typeof r, typeof r === 'symbol' ? String(r) : r);
  } catch (e) {
    console.log(name, '->', e.constructor.name + ': ' + e.message);
  }
}
const s = Symbol('p');
const viaValueOf = { valueOf() { return s; } };
const viaToString = { toString() { return s; } };
const viaBoth = { valueOf() { return s; }, toString() { return 'str'; } };
const viaToPrimitive = { [Symbol.toPrimitive](hint) { return s; } };

show("'' + viaValueOf", () => '' + viaValueOf);
show('viaValueOf + 1', () => viaValueOf + 1);
show('+viaValueOf', () => +viaValueOf);
show('viaValueOf * 1', () => viaValueOf * 1);
show('viaValueOf < 1', () => viaValueOf < 1);
show('String(viaValueOf)', () => String(viaValueOf));
show('`${viaValueOf}`', () => `${viaValueOf}`);
show('String(viaToString)', () => String(viaToString));
show('`${viaToString}`', () => `${viaToString}`);
show("'' + viaToString", () => '' + viaToString);
show('[viaToString].join()', () => [viaToString].join());
show('Number(viaToString)', () => Number(viaToString));
show('String(viaBoth)', () => String(viaBoth));
show("'' + viaBoth", () => '' + viaBoth);
show('`${viaBoth}`', () => `${viaBoth}`);
show("'' + viaToPrimitive", () => '' + viaToPrimitive);
show('`${viaToPrimitive}`', () => `${viaToPrimitive}`);
show('+viaToPrimitive', () => +viaToPrimitive);
show('viaToPrimitive - 1', () => viaToPrimitive - 1);
show('String(viaToPrimitive)', () => String(viaToPrimitive));
show('new Date(viaToPrimitive)', () => new Date(viaToPrimitive));
show('Number(viaToPrimitive)', () => Number(viaToPrimitive));
show('({})[viaToString]', () => ({ [s]: 'found' })[viaToString]);
show('({})[viaToPrimitive]', () => ({ [s]: 'found' })[viaToPrimitive]);
show('viaToPrimitive in o', () => viaToPrimitive in { [s]: 1 });
show('o[viaValueOf] (toString wins for keys)', () => ({ '[object Object]': 'obj', [s]: 'sym' })[viaValueOf]);

show('s == viaValueOf', () => s == viaValueOf);
show('viaValueOf == s', () => viaValueOf == s);
show('s == viaToPrimitive', () => s == viaToPrimitive);
show('s == viaToString', () => s == viaToString);
show('s == { toString() { return "x"; } }', () => s == { toString() { return 'x'; } });
show('s == Object(s)', () => s == Object(s));
show('s === viaValueOf', () => s === viaValueOf);

show('s[Symbol.toPrimitive]("string") === s', () => s[Symbol.toPrimitive]('string') === s);
show('s[Symbol.toPrimitive]("number") === s', () => s[Symbol.toPrimitive]('number') === s);
show('Symbol.iterator[Symbol.toPrimitive]() === Symbol.iterator', () => Symbol.iterator[Symbol.toPrimitive]() === Symbol.iterator);
show('typeof Symbol.prototype[Symbol.toPrimitive]', () => typeof Symbol.prototype[Symbol.toPrimitive]);
show('Symbol.prototype[Symbol.toPrimitive].call({})', () => Symbol.prototype[Symbol.toPrimitive].call({}));
show('Symbol.prototype[Symbol.toPrimitive].call(1)', () => Symbol.prototype[Symbol.toPrimitive].call(1));
show("Object.create(Symbol.prototype) + ''", () => Object.create(Symbol.prototype) + '');
show('+Object.create(Symbol.prototype)', () => +Object.create(Symbol.prototype));
