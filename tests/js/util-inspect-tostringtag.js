// util.inspect shows a Symbol.toStringTag from the prototype (a getter or a value) as
// `Class [Tag] {}`, not an own enumerable one; Object.prototype.toString agrees.
const util = require('util');
class Foo { get [Symbol.toStringTag]() { return 'Bar'; } }
console.log(new Foo(), Object.prototype.toString.call(new Foo()));
class Same { get [Symbol.toStringTag]() { return 'Same'; } }
console.log(new Same());
class WithProps { constructor() { this.x = 1; } get [Symbol.toStringTag]() { return 'Tagged'; } }
console.log(new WithProps(), [new WithProps()]);
const proto = { [Symbol.toStringTag]: 'FromProto' };
const child = Object.create(proto); child.v = 2;
console.log(child);
const hidden = Object.defineProperty({ k: 1 }, Symbol.toStringTag, { value: 'Hidden', enumerable: false });
console.log(hidden);
class Empty { get [Symbol.toStringTag]() { return ''; } }
class NotString { get [Symbol.toStringTag]() { return 42; } }
console.log(new Empty(), new NotString());
const np = Object.create(null); Object.defineProperty(np, Symbol.toStringTag, { value: 'NP' });
console.log(np);
