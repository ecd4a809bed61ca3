// extends: super() and super.method(), instanceof, static inheritance.
class Animal {
  constructor(name) { this.name = name; }
  speak() { return this.name + ' makes a sound'; }
  static create(n) { return new this(n); }
}
class Dog extends Animal {
  constructor(name) { super(name); this.kind = 'dog'; }
  speak() { return super.speak() + ' (woof)'; }
}
const d = new Dog('Rex');
console.log(d.speak(), d.kind, d instanceof Dog, d instanceof Animal);
console.log(Dog.create('Fido').speak());
class Puppy extends Dog {}
console.log(new Puppy('p').speak(), Object.getPrototypeOf(Puppy.prototype) === Dog.prototype);
