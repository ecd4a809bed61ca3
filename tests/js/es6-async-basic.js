// An async function returns a promise; its body runs synchronously up to the first
// await; the value it returns fulfills the promise.
async function add(a, b) {
  console.log('add runs now');
  return a + b;
}
const p = add(1, 2);
console.log('returned', p instanceof Promise, typeof p.then);
p.then((v) => console.log('fulfilled with', v));
async function noReturn() {}
noReturn().then((v) => console.log('no return:', v));
async function awaitsValue() {
  const v = await 42;
  const w = await Promise.resolve('resolved');
  return [v, w];
}
awaitsValue().then((v) => console.log(v));
const asyncExpr = async function named() { return named.name; };
asyncExpr().then((n) => console.log('expression name', n));
console.log(add.length, add.name, typeof add);
console.log('sync code ends');
