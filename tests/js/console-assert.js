// console.assert prints "Assertion failed" to stderr only when the condition is falsy; never throws.
console.log('start');
console.assert(true, 'not printed');
console.assert(1 === 1);
console.assert(false, 'printed to stderr %s', 'fmt');
console.assert(0);
var r = console.assert(null, { obj: 1 });
console.log('returned', r);
console.log('end');
