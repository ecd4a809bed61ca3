// async functions awaiting other async functions: the order in which their steps run.
const log = [];
const p = (x) => log.push(x);
async function leaf(name) { p(name + ' start'); await null; p(name + ' end'); return name; }
async function middle(name) {
  p(name + ' start');
  const a = await leaf(name + '.1');
  const b = await leaf(name + '.2');
  p(name + ' end');
  return a + '+' + b;
}
async function top() {
  const r = await Promise.all([middle('A'), middle('B')]);
  p('all: ' + r.join(' '));
  p('race: ' + await Promise.race([leaf('slow').then(() => 'slow'), 'fast']));
  return 'top done';
}
top().then(p).then(() => console.log(log.join('\n')));
async function fib(n) { return n < 2 ? n : (await fib(n - 1)) + (await fib(n - 2)); }
fib(10).then((v) => console.log('fib', v));
