// super in object literal methods refers to the literal's prototype
const animal = { speak() { return `${this.name} makes a sound`; }, get kind() { return 'animal'; } };
const dog = {
  __proto__: animal,
  name: 'Rex',
  speak() { return super.speak() + ' (woof)'; },
  get kind() { return 'dog < ' + super.kind; },
};
console.log(dog.speak(), dog.kind);
const cat = { name: 'Tom', speak() { return super.speak ? super.speak() : 'no super'; } };
console.log(cat.speak());
Object.setPrototypeOf(cat, animal);
console.log(cat.speak());
