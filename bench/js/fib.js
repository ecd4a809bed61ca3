function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
var r = fib(25);
if (typeof console !== 'undefined') console.log(r); else print(r);
