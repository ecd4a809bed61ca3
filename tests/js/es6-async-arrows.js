// async arrow functions: expression and block bodies, parameter forms, lexical this
// and arguments, as callbacks.
const double = async x => x * 2;
const sum = async (a, b = 10, ...rest) => a + b + rest.length;
const pick = async ({ k }, [first] = ['d']) => k + first;
const block = async () => { const v = await double(4); return v + 1; };
function Counter() {
  this.count = 0;
  this.bump = async () => { await null; this.count++; return this.count; };
}
function argsOuter() {
  const inner = async () => { await null; return arguments.length + ':' + arguments[0]; };
  return inner('ignored');
}
async function main() {
  console.log(await double(21), await sum(1), await sum(1, 2, 3, 4), await pick({ k: 'K' }));
  console.log(await pick({ k: 'K' }, ['x']), await block());
  const c = new Counter();
  await c.bump();
  console.log(await c.bump(), c.count);
  console.log(await argsOuter('a', 'b'));
  const results = await Promise.all([1, 2, 3].map(async (n) => { await null; return n * n; }));
  console.log(results);
  const async = (x) => 'a function named async: ' + x;
  console.log(async(1));
}
main();
