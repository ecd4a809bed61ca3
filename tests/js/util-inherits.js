// util.inherits sets up the prototype chain and super_; invalid arguments throw ERR_INVALID_ARG_TYPE.
var util = require('util');
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
function Dog(name) { Animal.call(this, name); }
Dog.prototype.own = function () { return 'own'; };
util.inherits(Dog, Animal);
Dog.prototype.bark = function () { return this.name + ' barks'; };
var d = new Dog('rex');
console.log(d.speak(), '/', d.bark(), '/', typeof d.own);
console.log(d instanceof Dog, d instanceof Animal, Dog.super_ === Animal);
console.log(Object.getPrototypeOf(Dog.prototype) === Animal.prototype, Dog.prototype.constructor === Dog);
console.log(Object.keys(Dog.prototype).join(','), Object.keys(Dog).join(','));
var desc = Object.getOwnPropertyDescriptor(Dog, 'super_');
console.log(desc.enumerable, desc.writable, desc.configurable);
function show(f) {
  try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
show(function () { util.inherits(null, Animal); });
show(function () { util.inherits(Dog, null); });
show(function () { util.inherits(Dog, {}); });
show(function () { util.inherits(function () {}, Object.create(null)); });
