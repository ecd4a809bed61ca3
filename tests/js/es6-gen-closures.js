// Function declarations inside a generator are hoisted (callable before their line),
// closures see the generator's state as it changes across yields, and a closure made
// in a loop keeps its iteration's binding.
function* g() {
  yield helper(1);
  let state = 'start';
  const read = () => state;
  yield read();
  state = 'changed';
  yield read();
  const fns = [];
  for (let i = 0; i < 3; i++) {
    yield 'loop ' + i;
    fns.push(() => i);
  }
  yield fns.map((f) => f());
  if (true) {
    function inBlock() { return 'block function'; }
    yield inBlock();
  }
  yield typeof helper;
  function helper(x) { return 'helper ' + x; }
}
console.log([...g()]);
function* counterFactory() {
  let count = 0;
  while (true) {
    const cmd = yield () => ++count;
    if (cmd === 'stop') return count;
  }
}
const cf = counterFactory();
const inc = cf.next().value;
inc(); inc();
cf.next();
console.log(inc(), cf.next('stop'));
