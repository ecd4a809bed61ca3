// subclasses of Array: methods that make arrays return the subclass (ArraySpeciesCreate)
class Stack extends Array {
  peek() { return this[this.length - 1]; }
  sum() { return this.reduce((a, b) => a + b, 0); }
}
const s = Stack.from([1, 2, 3]);
s.push(4);
console.log(s.peek(), s.sum(), s.length, s instanceof Stack, s instanceof Array, Array.isArray(s));
const doubled = s.map(x => x * 2);
console.log(doubled instanceof Stack, doubled.sum(), doubled.peek());
const evens = s.filter(x => x % 2 === 0);
console.log(evens instanceof Stack, evens.sum(), s.slice(1).sum(), s.concat([10]).sum(), s.splice(0, 2).sum(), s.sum());
console.log(Stack.of(5, 6).sum(), new Stack().sum(), [1, 2].map(x => x) instanceof Stack);
const nested = Stack.from([[1, 2], [3]]);
console.log(nested.flat() instanceof Stack, nested.flat().sum(), nested.flatMap(x => x).sum());
console.log(s, doubled, Object.getPrototypeOf(doubled) === Stack.prototype);
class Matrix extends Array {
  static identity(n) { return Matrix.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => +(i === j))); }
  transpose() { return this[0].map((_, j) => this.map(row => row[j])); }
}
const m = Matrix.identity(3);
console.log(m.transpose(), m.transpose() instanceof Matrix, m.map(r => r.join('')).join('|'));
