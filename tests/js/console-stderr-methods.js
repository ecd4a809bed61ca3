// console.error/warn/trace write to stderr: none of their output appears on stdout.
console.log('start');
console.error('error line', { a: 1 });
console.warn('warn line %s', 'x');
console.trace('trace line');
console.error();
console.log('end');
