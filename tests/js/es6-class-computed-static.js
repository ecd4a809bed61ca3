// Computed method names, static getters and Symbol-named methods.
const m = 'dynamic';
class A {
  [m]() { return 'computed'; }
  static get version() { return 2; }
  [Symbol.iterator]() { let i = 0; return { next: () => ({ value: i, done: i++ >= 2 }) }; }
}
console.log(new A().dynamic(), A.version, [...new A()]);
