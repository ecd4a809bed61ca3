// Symbol.toPrimitive, Symbol.hasInstance and Symbol.toStringTag
class Temperature {
  constructor(c) { this.c = c; }
  [Symbol.toPrimitive](hint) {
    console.log('hint', hint);
    return hint === 'string' ? `${this.c}°C` : hint === 'number' ? this.c : `T(${this.c})`;
  }
}
const t = new Temperature(21);
console.log(`${t}`);
console.log(t + 1);
console.log(t * 2);
console.log(String(t), +t, t > 20);
console.log([t].join());

class Money {
  constructor(v) { this.v = v; }
  [Symbol.toPrimitive]() { return this.v; }
}
console.log(new Money(5) + new Money(7), `${new Money(3)}`);

const bad = { [Symbol.toPrimitive]() { return {}; } };
try { `${bad}`; } catch (e) { console.log(e.name, e.message); }

class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
const ArrayLike = { [Symbol.hasInstance](v) { return v != null && typeof v.length === 'number'; } };
console.log('abc' instanceof ArrayLike, {} instanceof ArrayLike, [] instanceof ArrayLike);
class Animal {}
class Dog extends Animal {}
console.log(new Dog() instanceof Animal, new Animal() instanceof Dog);

class Collection { get [Symbol.toStringTag]() { return 'Collection'; } }
console.log(Object.prototype.toString.call(new Collection()), String(new Collection()));
const tagged = { [Symbol.toStringTag]: 'Custom' };
console.log(Object.prototype.toString.call(tagged), `${tagged}`);
console.log(Object.prototype.toString.call({ [Symbol.toStringTag]: 42 }));
console.log(Object.prototype.toString.call(Promise.resolve()), Object.prototype.toString.call([]));
console.log(Object.prototype.toString.call(null), Object.prototype.toString.call(new Date(0)));
