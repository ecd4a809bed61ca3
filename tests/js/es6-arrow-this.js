// Arrow functions take this and arguments from the enclosing function.
function Counter() {
  this.n = 0;
  const inc = () => { this.n++; return arguments.length; };
  console.log(inc(), inc());
}
const c = new Counter(1, 2, 3);
console.log(c.n);
const o = { v: 42, get() { return [1].map(() => this.v); } };
console.log(o.get());
