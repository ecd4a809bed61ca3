const e = new AggregateError([1, new Error('x')], 'msg', { cause: 'c' });
console.log(Object.prototype.toString.call(e), e instanceof AggregateError, e instanceof Error, e.cause, e.errors.length, Object.keys(e));
console.log(e.stack.split('\n')[0], AggregateError.length, AggregateError('m2').message);
class MyAgg extends AggregateError { constructor(errs) { super(errs, 'mine'); this.name = 'MyAgg'; } }
const m = new MyAgg([1]);
console.log(m instanceof MyAgg, m instanceof AggregateError, m.message, m.name, m.errors, String(m));
console.log(e.errors.length, e.errors[1].message);
Promise.any([Promise.reject(1)]).catch((x) => console.log(x.errors, x.message));
