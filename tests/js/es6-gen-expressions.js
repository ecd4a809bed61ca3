// yield inside expressions: arguments, operators, member calls (this kept), templates,
// object and array literals, conditionals, logical operators, compound assignments.
function* g() {
  const log = [];
  const obj = { n: 1, add(a, b) { return this.n + a + b; } };
  log.push(obj.add(yield 'a1', yield 'a2'));
  log.push((yield 'x') + (yield 'y') * 2);
  log.push(`t:${yield 't1'}-${yield 't2'}`);
  log.push({ k: yield 'k', [yield 'key']: 'v' });
  log.push([yield 'e0', ...(yield 'spread')]);
  log.push((yield 'c') ? yield 'then' : yield 'else');
  log.push((yield 'l') && (yield 'r'));
  log.push((yield 'n') ?? 'default');
  let acc = 10;
  acc += yield 'inc';
  obj.n *= yield 'mul';
  log.push(acc, obj.n);
  log.push(typeof (yield 'typeof'), !(yield 'not'), -(yield 'neg'));
  log.push(new Array(yield 'len').length);
  log.push(Math.max(...(yield 'args')));
  return log;
}
const answers = { a1: 2, a2: 3, x: 4, y: 5, t1: 'A', t2: 'B', k: 'K', key: 'dyn', e0: 0, spread: [1, 2],
  c: false, then: 'T', else: 'E', l: 'L', r: 'R', n: null, inc: 5, mul: 3, typeof: 1, not: 0, neg: 7,
  len: 3, args: [4, 9, 2] };
const it = g();
let r = it.next();
while (!r.done) r = it.next(answers[r.value]);
console.log(r.value);
function* order() {
  const trace = [];
  const f = (x) => { trace.push(x); return x; };
  f(f('a') + (yield 'y') + f('b'));
  return trace;
}
const o = order();
o.next();
console.log(o.next('Y').value);
