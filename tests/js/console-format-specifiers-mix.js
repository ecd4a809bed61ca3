// console.log's format specifiers on realistic values: %s %d %i %f %j %o %O %c %%, missing
// and extra arguments, numbers from strings, nested objects under %s (Node's output).
console.log('%s is %d years and %i days, pi %f', 'Bob', 42.5, 7.9, 3.14159);
console.log('%j', { a: [1, 2], b: 'x' });
console.log('%o', { a: [1, 2, { c: 3 }], s: 'str' });
console.log('%O', { a: [1, 2, { c: { d: { e: 1 } } }] });
console.log('%c styled', 'color: red');
console.log('100%% sure', 'extra', 5);
console.log('%s', null, undefined);
console.log('%d', '0x10', '%i', 'abc');
console.log('%s', Symbol('s'), { toString() { return 'T'; } });
console.log('%s', [1, [2, [3, [4]]]], new Error('e').message);
console.log('%s %s', 'only one');
console.log('a', 1, true, null, undefined, [], {});
console.log('%s', -0, '%d', -0);
console.log('%f', '1.5abc', '%i', -3.9);
console.log('%s', new Map([[1, 2]]), new Set([1]));
console.log('%s', class Foo {}, function bar() {});
console.log('%s', { a: { b: { c: 1 } } });
console.log('%d', {}, '%i', []);
