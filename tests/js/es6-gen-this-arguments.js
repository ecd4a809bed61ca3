// this and arguments inside generators, generator methods, and arrows inside them.
function* g() {
  yield this.name;
  yield arguments.length;
  yield arguments[0];
  const f = () => this.name + ':' + arguments[1];
  yield f();
  yield (function () { return this === undefined || this === globalThis; })();
}
const o = { name: 'obj', g };
console.log([...o.g('x', 'y')]);
console.log([...g.call({ name: 'called' }, 1)]);
class Bag {
  constructor(...items) { this.items = items; }
  *[Symbol.iterator]() { for (const i of this.items) yield i.toUpperCase(); }
  *pairs() { for (let i = 0; i < this.items.length; i += 2) yield [this.items[i], this.items[i + 1]]; }
  static *of(...xs) { yield* new Bag(...xs); }
}
const bag = new Bag('a', 'b', 'c', 'd');
console.log([...bag], [...bag.pairs()], [...Bag.of('z')]);
const lit = { base: 10, *nums() { yield this.base; yield this.base + 1; }, *['comp' + 'uted']() { yield 'c'; } };
console.log([...lit.nums()], [...lit.computed()]);
class Base { *items() { yield 'base'; } }
class Derived extends Base { *items() { yield* super.items(); yield 'derived'; } }
console.log([...new Derived().items()]);
