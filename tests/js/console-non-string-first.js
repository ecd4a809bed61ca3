// When the first argument is not a string, format specifiers are not interpreted.
console.log(1, '%s', 'x');
console.log({ a: 1 }, '%d', 5);
console.log(null, undefined, true, false);
console.log(42);
console.log([1, '%s'], 'b');
console.log();
console.log('');
console.log('a', '');
console.log(1.5, -2, 1e21, 0.1 + 0.2);
