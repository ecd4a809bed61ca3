// A class extending Error has message, name from the prototype and instanceof both.
class MyError extends Error {
  constructor(msg) {
    super(msg);
    this.code = 'E_MINE';
  }
}
MyError.prototype.name = 'MyError';
const e = new MyError('boom');
console.log(e instanceof MyError, e instanceof Error, e.message, e.code, e.name);
console.log(String(e));
try {
  throw new MyError('thrown');
} catch (err) {
  console.log(err.message, err instanceof MyError);
}
