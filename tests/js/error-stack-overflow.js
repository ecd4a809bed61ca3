// Unbounded recursion throws a catchable RangeError "Maximum call stack size exceeded"; the program continues.
function f() { return f() + 1; }
var caught = null;
try {
  f();
} catch (e) {
  caught = e;
}
console.log(caught !== null);
console.log(caught instanceof RangeError, caught instanceof Error);
console.log(caught.name);
console.log(caught.message === 'Maximum call stack size exceeded');
console.log(caught.message);
function g(n) { return n === 0 ? 0 : 1 + g(n - 1); }
console.log('after', g(1000));
